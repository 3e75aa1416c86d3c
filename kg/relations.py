"""The three relations — pairs_with, funds, seconds_staff_to — by trigger-word rules.

Both ends of a relation are named in the same sentence (a sentence ends at
。！？ or a line break).  Ends are the outermost entity mentions: a region
named inside a hospital's name is not an end by itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from decimal import Decimal
from itertools import pairwise

from kg import gazetteer as gz
from kg.entities import CN_DIGITS, HAN, Mention
from kg.model import Entity, Relation
from kg.rules import Rules

#: Markers of a post taken up in the receiver (挂职永寿县委常委, 现任融水县委常委, 任丹寨县委常委).
POST_MARKERS = ("挂职", "挂任", "现任", "任", "担任")
#: What may stand between the place one came to from home and the sending word (…来到B，挂职…; 来到B开展为期一年的
#: 支医工作).
_POSTED_AFTER = re.compile(r"[，,]?(?:开展[^，,。；;]{0,10}?(?=支医|支教|支农))?")
#: A document's title (《关于对外捐赠的议案》).
# Between the body of one post and the next: the title of one (or titles listed with 、) and 、, 兼 or 和
# (…委员会副主任、日喀则市人民医院院长; …区委常委、副区长和万州区发展和改革委员会副主任).
_POSTS_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})*(?:、|兼|兼任|和)")
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")
#: A count of people right before a sender's name (12名|余姚党政干部, 10名来自|闵行区各中小学的骨干教师).
_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:名|位)(?:来自)?$")
#: A part after 其中 is followed by its amount within this many characters (莎车县7.1亿元, 莎车县安排7.1亿元).
BREAKDOWN_GAP = 14
#: Words between a prefecture or province and its seat (克州首府阿图什市, 甘肃省省会兰州市).
_SEAT_WORDS = ("首府", "省会", "首市")
#: Verbs of sending into or helping an institution that 该院/该校 may follow (B医院派驻该院的…).
_SENT_INTO = ("派驻", "派到", "派往", "选派到", "进驻", "常驻",
              # and of helping it (在A医院，…了解了B医院对口帮扶该院的情况)
              "对口帮扶", "结对帮扶", "对口支援", "对口协作", "托管")
#: Characters after a bare 企业 or 公司 opening a clause as its subject (，企业为每名学生…，并向C捐赠…), not a part of
#: another noun (企业家, 公司董事长).
_BARE_SUBJECT = set("为向还也又已将与和在对给把共先累均都另")
#: Of those, the verbs of staying there, after the people sent (派出7名专家|常驻|该院).
_STAYING = ("常驻", "进驻")
#: A station set up in a place, then people sent with no place after the verb (A在B设立劳务协作工作站，派驻2名工作人员).
_STATION_STAFFED = re.compile(r"(?:还|也|又|并|同时|随后|随即|已)?在(?P<place>[^，,。；;]{2,16}?)(?:设立|建立|建成|设置|成立|挂牌)"
                              r"(?P<station>[^，,。；;]{0,16}?(?:工作站|服务站|联络站|联络处|办事处|工作室))[，,]"
                              # (or its own body sending: …工作站，沿河县人力资源和社会保障局先后选派3名干部常驻工作站)
                              r"(?P<body>[^，,。；;]{2,20}?(?:局|厅|委|办))?(?:随后|并|还|同时|先后)?"
                              r"(?P<sent>(?:派驻|选派|派出|安排)[0-9一二两三四五六七八九十]+名)")
#: A clause going on with the sentence's subject before it receives (…，全年接收…).
_RECEIVES_ON = re.compile(r"(?:全年|今年|去年|先后|累计|共|还|同时|并|已)*")
#: A facility named after its place (…村“稻鱼鸭”综合种养基地, …镇扶贫车间): what it receives the place receives.
_FACILITY_OF = re.compile(r"[^，,。；;、]{0,20}?(?:基地|车间|工厂|厂房|大棚|产业园|园区|示范园|养殖场|合作社)")
#: A sentence opening with since when a pair pairs, the two named after it (2021年结对以来，A与B…).
_PAIRED_SINCE_OPENING = re.compile(r"(?:自|从)?(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:结对|结对帮扶|建立结对关系|"
                                   r"建立结对帮扶关系|开展东西部协作|对口协作|对口帮扶)(?:以来|至今)[，,]")
#: With the partner it pairs with, described before its name (…，与结对帮扶的北京市丰台区密切对接).
_WITH_PARTNER_OF = re.compile(r"(?:与|同|和)(?:结对帮扶|结对|对口帮扶|对口支援|对口协作|结对协作)的")
#: 与其 before a pairing event: with the one named last before (…，并与其签订结对帮扶协议).
_WITH_IT = re.compile(r"[，,](?:并|还|同时|也)?与其(?:签订|签署|结成|建立)")
#: What joins the two partners of an item in a list of pairs (A与B, A—B, A——B).
_PAIR_JOINER = re.compile(r"与|和|同|[—－\-]{1,2}")
#: A total, then the part a party named after 其中 put in (项目总投资2860万元，其中南山区…).
_SHARE_OF_TOTAL = re.compile(r"总投(?:资|入)[0-9.]+(?:亿|万)?元[，,](?:其中)?")
#: Prepositions opening a clause with the place where something is done (，在思林镇援建…), not a new subject.
_PLACE_PREPOSITIONS = ("在", "于", "为", "向", "给", "到", "赴")
#: A place rallying others to give to a party (动员社会各界向海原县捐款捐物): the place gives.
_MOBILISED_GIVING = re.compile(r"动员[^，,；;。]{1,12}?(?:向|为|给)[^，,；;。]{2,20}?(?:捐|援助|资助)")
#: A sentence opening with the two that pair, named only after its first clause (两院自2021年结对以来，…).
_BOTH_OPENING = re.compile(r"[ \t\u3000]*(两[院校地])(?:自|从|于)?[^，,。；;“”]{0,16}?(?:结对|建立[^，,。；;“”]{0,10}关系|"
                           r"(?:签订|签署)[^，,。；;“”]{0,10}协议|托管)[^，,。；;“”]{0,6}[，,]")
_VILLAGE_WORDS = ("该村",)  # words referring back to a village (a region of village level only)
#: Whose people those sent are, after the units named (选派华山路小学的…, 选派天津市津南医院等单位的6名…).
_WHOSE_PEOPLE = re.compile(r"(?:等[\u4e00-\u9fff]{0,4}?)?的")
#: What those a sender sent serve as, before a team's place (A选派的7名党政干部作为第十三批福建援宁工作队成员).
_SERVING_AS = re.compile(r"(?:选派|派出|派驻)的[^，,。；;]{0,12}?作为[^，,。；;、]{0,10}\Z")
#: A pairing named in an opening 作为 clause (作为东西部协作结对帮扶县区，A与B…).
_AS_PAIRED_OPENING = re.compile(r"作为[^，,。；;]{0,16}?(?:结对|对口|协作)[^，,。；;]{0,10}[，,]")
#: A note in brackets of what a figure leaves out (（不含深圳市安排部分）).
_LEFT_OUT_NOTE = re.compile(r"[（(](?:不含|不包括)[^（）()]{1,30}[）)]")
#: A clause opening with money put in, no one named (…，累计投入援藏资金130余亿元).
_GIVEN_AFTER_SENT = re.compile(r"(?:累计|共|先后|还|并|同时|另|已)*(?:投入|拨付|援助|安排|落实)")
#: A time opening a clause before its subject (2024年, 今年, 2021年以来).
_OPENING_TIME = re.compile(r"(?:[0-9]{4}年(?:以来|起|来|初|底|上半年|下半年)?|近年来|多年来|去年|今年|当年|近年)[，,]?")
#: After a directed trigger, one of the places it helps counted or described (…对口支援新疆的四个县之一, …的拉萨市四个县
#: （区）之一, …对口帮扶的云南边境县之一).
_ONE_OF = re.compile(r"[^，,。；;]{0,12}?(?:[0-9一二三四五六七八九十两]+个?|边境|贫困|深度贫困)(?:县|区|市|旗|州|地)"
                     r"(?:[（(][^）)]{1,3}[）)]|区|县|市)?之一")
#: After a post's holder, 是 and the one that sent him (黄振宇|是|百色市税务局派驻的干部).
_IS_SENT_BY = re.compile(r"[，,]?(?:就|则|也)?是")
#: A field of money after a line's pairing (…结对B村；帮扶资金60万元；…).
_PAIR_LINE_AMOUNT = re.compile(r"[；;](?:帮扶资金|投资金额|援助资金|捐赠资金|到位资金|资金)[：:]?(?:近|约|超过?|逾)?[0-9.]+(?:亿|万)?元"
                               r"(?:余|多)?(?=[；;。，,]|$)")
#: After the party a line or sentence is about: a colon, or 方面 and a comma (互助县：…, 渭源县方面，…).
_TOPIC_MARK = re.compile(r"(?:[:：]|方面[，,])[ \t\u3000]*")
#: A Party organisation closing an institution's name (…中学党支部, …医院党委).
_PARTY_BRANCH = re.compile(r"(?:党支部|党总支|党委)$")
#: What may stand between two parties joined by 与/和 besides the joiner: an adverb, a starting date
#: (市六医院自2016年起与日喀则市人民医院建立…关系).
_JOINED_GAP = re.compile(r"(?:作为[^，,。；;]{1,16}[，,])?"  # (A作为医共体牵头医院，已与B…签订)
                         r"(?:则|也|还|又|已)?"  # (桃浦镇则在去年与丙安镇签订…)
                         r"(?:(?:自|从|于|在)?(?:(?:19|20)[0-9]{2}年|今年|去年|同年|当年|本月|上月)(?:[0-9]{1,2}月)?"
                         r"(?:[0-9]{1,2}日)?(?:起|以来|开始)?)?"  # (A于今年5月与B签订…)
                         # the count of those listed (漳州、莆田、三明3市分别与…)
                         r"(?:等?[0-9一二两三四五六七八九十]+(?:个?(?:市|区|县|州|盟|旗|镇|乡|街道|省|地)|"
                         # (or of the schools and hospitals listed: A、B、C3所名校先后与D…)
                         # (A、B、C、D4家三级医院分别与…: a word of their kind before)
                         r"所[\u4e00-\u9fff]{0,4}?(?:学校|名校|中学|小学|高中|医院)|"
                         r"家[\u4e00-\u9fff]{0,4}?(?:医院|企业|单位|公司)))?"
                         r"(?:还|也|都|则|又|就|分别|均|继续|持续|将|已经|已|正式|随即|随后|率先|首先|再次|先后|相继|陆续|同时|"
                         r"一直|始终|长期|一向|历来|多年来|仍|仍然|依然|至今|"  # (湖州市一直与柯坪县结对, 仍与…保持着)
                         r"各[\u4e00-\u9fff]{0,2}){0,2}(?:与|和|同|跟)|·|—")
SENT_END = re.compile(r"[。！？!?]+|\n+")
SUB_END = re.compile(r"[；;]")
COORD = re.compile(r"^(?:、|和|及|以及|与|同|跟|/)$")
# After a sending verb, "here" and what they do, then 的: 选派来此支教的, 派驻该院的 (those sent to the place named)
#: Those received coming to the receiver to learn or serve, after the places they come from (…接收陇南、麦盖提等地|来青
#: 挂职干部41名).
_COMING_TO_LEARN = re.compile(r"(?:等[地县市区]?)?(?:选派的|派出的|的)?(?:[0-9一二两三四五六七八九十百]+名)?[^，,。；;]{0,16}?"
                              r"(?:[来到](?P<host>[\u4e00-\u9fff]{0,4}?)|开展[^，,。；;]{0,10}?)?"
                              r"(?:挂职|跟岗|进修|学习|交流|培训|实习)")
#: Staff counted right after who sends them (…教师6名, …的医生3名).
_STAFF_COUNTED = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:教师|医生|专家|干部|护士|医护人员|人才|老师)"
                            r"[0-9一二两三四五六七八九十]+名")
#: Headings numbered 一、 or （一）: where a section of one kind ends.
_HEADING_NUMBERED = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+、", re.M)
_HEADING_BRACKETED = re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]+[）)]", re.M)
#: Nouns after which a relation's word names it as a thing (结对协议, 帮扶关系, 结对工作).
_AGREEMENT_NOUNS = ("协议", "关系", "工作", "对子")
#: Money under whose support the subject after it did something (在A东西部协作资金支持下，B…).
_UNDER_SUPPORT = re.compile(r"在(?P<body>[^，,。；;]{2,30}?)(?:的)?(?:大力|鼎力)?(?:支持|资助|援助)(?:下|之下)[，,]")
#: The kind of money between its owner and the noun (番禺区|东西部协作|资金, 深圳|援疆|资金).
#: A part after 其中 sharing out money (…，其中苍溪县、旺苍县分别安排…; 其中文峰镇安排…).
_PART_ARRANGES = re.compile(r"(?:分别|直接|共|累计)?(?:安排|统筹)")
#: The companies of a place gone to, before what is done there (…赴嘉定区、松江区|的电子企业|务工).
_AT_WORKPLACE = re.compile(r"的[\u4e00-\u9fff]{0,8}?(?:企业|工厂|公司|车间|工地)")
#: A figure in brackets opening a line, what the line tells of (【12名】…选派到…的帮扶专家, 【560万元】…).
_LEADING_FIGURE = re.compile(r"[ \t\u3000]*【([0-9]+(?:名|人|位)|[0-9]+(?:\.[0-9]+)?(?:万元|亿元|元))】")
#: Adverbs between the one who sends and 从 before where the people come from (闽晟农业还从福建选派…).
_FROM_ADVERBS = re.compile(r"(?:还|也|又|再|则|先后|已|已经|共|累计|每年|今年|去年|同时|专门|特意|陆续)*")
#: Going to one's partner area, named by the partnership (…赴对口支援地区新疆喀什地区莎车县, 抵达对口支援地区…).
_PARTNER_AREA_VISITED = re.compile(r"(?:赴|到|抵达|到达|前往|来到)(?:对口支援|对口帮扶|结对帮扶|对口协作|东西部协作)地区")
#: The money a partnership names, right after its trigger word (…协作资金, …东西部协作和对口支援财政资金).
_MONEY_OF_PARTNERSHIP = re.compile(r"(?:[和及](?:对口支援|对口帮扶|对口协作|对口合作|东西部协作))?(?:财政|帮扶|援助|协作)?资金")
_FUND_KIND = re.compile(r"(?:东西部协作|东西部扶贫协作|对口支援|对口帮扶|结对帮扶|援疆|援藏|援青|财政)?")
#: Goods given by the party before, as the recipient tells it (…得到梅陇实验学校|捐赠的电子白板…).
_GIVEN_BY = re.compile(r"(?:捐赠|捐助|赠送|援建|捐建|安排|拨付|下达)的")  # (…获得长兴县安排的…资金5860万元)
#: A giver told after what it gave to (…，是A无偿捐赠的; …由A出资150万元改建; …资金全部来自A东西部协作资金), and what
#: it does right after its name.
_TOLD_GIVER = re.compile(r"是|由|来自")
_GIVER_DOES = {"是": re.compile(r"[^，,；;。]{0,16}?(?:捐赠|捐建|援建|出资|投资|投入)[^，,；;。]{0,12}的"
                               # (or, with its money, what it is after 的: …是福建省投入援藏资金2.8亿元建设的重点民生项目)
                               r"(?:(?<=[0-9][万亿]元建设的|[0-9][万亿]元援建的|[0-9][万亿]元建成的)"
                               r"[^，,；;。]{0,16}(?:项目|工程|学校|小学|中学|医院)"
                               # (or the kind of school or hospital it is: …是上海援建的一所十二年一贯制学校)
                               r"|(?:一所|一座|一家)?[^，,；;。]{0,12}(?:学校|小学|中学|医院|卫生院))?(?:[，,；;。]|$)"),
               "由": re.compile(r"(?:全额|无偿|统一|专门)?(?:出资|捐赠|捐建|援建|资助|投资|投入)|"
                               # (…680万元建设资金由龙岗区2022年东西部协作资金全额承担)
                               r"(?:[0-9]{4}年度?)?[^，,；;。]{0,8}?资金(?:全额|全部)?(?:承担|支付|解决)")}
#: Those sent by the party before, as the place receiving them tells it (…迎来安吉县农业农村局|选派的5名…专家).
_SENT_BY = re.compile(r"(?:选派|派出|派驻|派来|选派来)(?:的|挂职)")
_SENT_HERE = re.compile(r"(?:来此|到此|来这里|到这里|该院|该校|此地)?(?:支教|支医|工作|帮扶|挂职)?的")
# "A联合B向C捐赠", "A还联合B，向C捐赠": the two give together
# (or what the one joined is: 府青路街道联合辖区企业成都蜀韵文旅发展有限公司，为…捐赠)
_JOINT_GAP = re.compile(r"(?:还|也|又|再次|共同|积极|主动)?(?:联合|会同|携手)(?:辖区|当地|本地|区内|县内|市内)?(?:爱心)?(?:企业|单位)?")
_COUNTED_GROUP = re.compile(r"、(?=[0-9一二三四五六七八九十两百]+[名位人])")  # (…到A、3名骨干教师到B)
_PAIR_LABEL = re.compile(r"(?:关系|对象|情况|名单|清单|安排)?(?:为|是|如下)?[：:]")  # (结对关系为：A—B、C—D; 结对名单：…)
_DASH = re.compile(r"[—–\-⇌↔⟷]+")  # between the two of a pair in a labelled list (or arrows both ways: A ⇌ B)
_LIST_PARTNERED = re.compile(rf"等[0-9{CN_DIGITS}]+[家所个][\u4e00-\u9fff]{{0,4}}?(?:与|和|同)")  # (A、B等8家医院与C)
#: What may open a clause before its subject: nothing, or when (2023年以来，今年3月, 近年来).
_TIME_OPENING = re.compile(r"(?:[^，,；;。]{0,10}?(?:年|月|日|以来|来|起|后|期间)(?:以来)?)?")
_MORE_LISTED = re.compile(rf"等(?:[0-9{CN_DIGITS}]+[家所个][\u4e00-\u9fff]{{0,4}}|"  # (A、B等6家省属医院<trigger>)
                          r"[\u4e00-\u9fff]{0,3}(?:医院|学校|高校|单位))(?:组团)?")  # (A、B等在京医院组团支援C)
#: What may stand between the place opening a sentence and its comma: a room of it (在…人民医院手术室，…).
_PLACE_ROOM = re.compile(r"(?:[（(][^（）()，,。；;]{1,20}[）)])?"  # (在克州江西实验中学（阿克陶县雪松中学），…: its other name)
                         r"(?:[^，,。；;]{0,12}?(?:手术室|病房|病区|门诊|诊室|教室|课堂|车间|会议室|实验室|科室|办公室|操场)"
                         r"(?:上|里|内|中)?)?[，,]")  # (在理县中学初二（3）班的课堂上，…)
# (在A，… / 清晨，在A，… / a photo caption's mark first: △在A，…)
_OPENING_PLACE = re.compile(r"(?:[△▲▽▼●○◆◇■□★☆]\s*)?(?:[^，,。；;]{1,6}[，,])?在")
_HONORIFIC = re.compile(r"(?<![名位批])同志(?!们)")  # after a name (张骏同志), not counted (5名同志)
# "…，5个区又分别与…": a count naming a list before it again
_COUNTED_BACK = re.compile(r"[，,]([0-9一二两三四五六七八九十]+)个(?:区|县|市|州|镇|乡|街道|区县|县区|县市|市州)"
                           r"(?:又|还|也|则|均)?分别(?:与|同|和)")
_AS_PARTNER = re.compile(r"作为")
# "江孜县、亚东县…萨迦县5个上海对口支援县": a list counted, then whose partners they are
_COUNTED_PARTNERS = re.compile(r"([0-9一二两三四五六七八九十]+)个")
_PARTNERS_KIND = re.compile(r"的?(?:东西部协作|对口支援|对口帮扶|结对帮扶|对口协作|结对)(?:帮扶|结对)?"
                            r"(?:县区|县市|区县|县|区|市|州|旗|乡镇|镇|乡|村)")
# the kinds of partnership named in the phrases below
_PARTNERSHIP = r"(?:东西部(?:扶贫)?协作|对口(?:帮扶|支援|协作)|结对帮扶)"
# after the partner named: "的对口支援省份，" then the subject (作为西藏那曲市的对口支援省份，浙江…)
_PARTNER_ROLE = re.compile(rf"的{_PARTNERSHIP}(?:结对)?(?:省份|省市|城市|地区|县区|区县|市|县|区|省|单位|医院|学校|方)[，,]\s*")
_DIRECTING = re.compile(r"(?:按照|根据|遵照|落实|贯彻|依据)")
#: Nouns a trigger word may qualify, naming what a partnership made rather than stating one (…等协作项目点).
_TRIGGER_HEADS = ("项目", "资金", "部署", "产业园", "车间", "基地")
# (在国务院国资委指导下; or who brought the investment in: 在长宁区招商引资推动下，A公司投资…)
_DIRECTED_BY = re.compile(r"[^，,；;。]{0,30}?(?:指导|领导|统筹|协调|推动|牵线|促成|引导)下")
# "B是A(的)东西部协作结对县": the partner's kind of place after A
_PARTNER_OF = re.compile(rf"(?:新一轮|这一轮|本轮)?的?(?:{_PARTNERSHIP}|结对)(?:的?结对)?(?:帮扶)?"
                         r"(?:县|区|市|州|旗|地区|城市|省份|省|县区|区县|县市|乡镇|镇|乡|村)")
_JOINTLY = re.compile(r"(?:在[^，,。；;]{1,15}?)?(?:联合|共同|一起|一道|合资)")
_GOES_ON_GIVING = re.compile(r"(?:也|还|另|同时)?(投入|安排|拨付|下达|捐赠|捐助|捐资)")  # (…，章丘区投入区级财政援助资金1200万元)
_ROUTE_BEFORE = re.compile(r"(?:途经|经由|(?<![已曾历])经)$")  # a place passed through on the way (…，经拉萨转赴定日县)
#: A line of two parties joined by a dash with the sending in brackets at its end (A—B…工作站（派驻专家3名）).
_DASH_SENT_LINE = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}[.．、])?(?P<a>[^—–\-\n，,。；;]{2,40}?)[—–\-]+"
                             r"(?P<b>[^（(\n，,。；;]{2,40}?)[（(](?P<sent>(?:派驻|选派|派出|派遣)[^）)]{0,12}?"
                             r"[0-9一二两三四五六七八九十]+[名人])[）)][；;。]?[ \t\u3000]*")
#: Each of the pairs named before sending its own partner people (…，全年分别向结对医院派驻专家8名、6名、5名), and
#: the counts in their order.
_EACH_SENDS_TO_PARTNER = re.compile(r"[，,；;](?:[^，,。；;]{0,12}?)(?:分别|各自|各)(?:向|为|给|到)(?:其|各自)?(?:的)?结对(?:的)?"
                                    r"[\u4e00-\u9fff]{0,4}?(?:派驻|选派|派出|派遣|下派|派)")
_EACH_SENT_AFTER = re.compile(r"[，,；;](?:[^，,。；;]{0,6}?)分别(?:派驻|选派|派出|派遣|下派|派)")  # (…，分别派驻专家5名、3名)
_EACH_COUNT = re.compile(r"([0-9一二两三四五六七八九十]+)(?:名|人|位)")
#: Each of the pairs named before giving its own partner (…，四个街道今年分别向结对镇拨付帮扶资金30万元、25万元…; 分别向结对
#: 县（市）投入…: a level's note in brackets after the word).
_EACH_TO_PARTNER = re.compile(r"[，,；;](?:[^，,。；;]{0,12}?)(?:分别|各自|各)(?:(?:向|为|给)(?:其|各自)?(?:的)?结对(?:的)?"
                              r"[\u4e00-\u9fff]{0,4}?(?:[(（][^)）]{1,4}[)）])?)?(?:拨付|捐赠|捐资|投入|安排|援助|提供|捐助|出资)")
_PARTNER_LABEL = re.compile(r"(?:结对|帮扶)(?:企业|单位|商会|社会组织)[：:]?")  # (…村：结对企业A，到位帮扶资金12万元)
#: A pairing since a year, the one pairing named after it (自2019年对口支援昂仁县以来，中国华电…).
_SINCE_PAIRING = re.compile(r"(?:自|从)(?:[0-9]{4}年(?:起|开始)?)?(?P<trigger>对口支援|对口帮扶|结对帮扶|对口协作|结对)"
                            r"[^，,。；;]{2,20}?(?P<since>以来|至今)[，,]")
#: …or 与 a partner since a pairing was made (自2021年与炉霍县建立东西部协作结对关系以来，玉环市…).
_SINCE_PAIRED_WITH = re.compile(r"(?:自|从)(?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:起|开始)?)?(?:与|同|和)(?P<partner>[^，,。；;]{2,20}?)"
                                r"(?:建立|结成|确立|结为)[^，,。；;]{0,12}?(?:关系|对子|亲戚)(?P<since>以来|至今)[，,]")
#: The one in charge of the other's partnership (厦门市具体负责左贡县的对口支援工作).
#: (or its task: 南海区承担榕江县、从江县、麻江县、丹寨县4个县的结对帮扶任务)
_IN_CHARGE_OF = re.compile(r"(?:具体|主要|专门)?(?:负责|承担)(?P<partner>[^，,。；;的]{2,40}的)"
                           r"(?:对口支援|对口帮扶|对口协作|结对帮扶|东西部协作)")
#: A clause going on giving with no subject and no recipient of its own (…，还捐赠了…; …，同时捐赠…).
_ALSO_GIVES = re.compile(r"(?:还|并|同时|也|另)?(?:现场|当场)?(?:捐赠|捐助|捐资|援建|赠送|捐了)|"
                         r"(?:今年|去年|此后|随后)?(?:又|还|再|并|另)(?:追加)?投资")  # (…在隆德建了…，今年又追加投资…)
_AMOUNT_LABELS = ("金额", "总金额", "总额", "合计", "共计", "总计")  # a clause opening with one only says how much
_TOTAL_LABELS = _AMOUNT_LABELS[1:] + ("总价值",)  # what introduces the total of parts named before
_OBJECT_MARKS = tuple("到来赴往向为给")  # a party right after one of these is where the subject goes or what it gives to
_TOGETHER = re.compile(r"(?:共同|联合|一起|合计|共)")  # givers listed, then their money together
#: A line of a place with its partner and the pairing word in brackets (田东县（深圳市南山区结对帮扶）：…).
_PARTNER_BRACKET = re.compile(r"\s*(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?"
                              r"(?P<place>[^，,。；;：:、（()\s]{2,20})[（(](?P<partner>[^（）()]{2,20}?)"
                              r"(?:结对帮扶|结对|对口协作|对口帮扶|对口支援)[）)][：:]")
#: A numbered line of two names joined by 与 (1.房山区窦店镇中心小学与科布尔镇第二小学；).
_JOINED_LINE = re.compile(r"[ \t\u3000]*(?:[0-9一二三四五六七八九十]{1,3}[.．、])?[^\n与，,。]{2,40}与[^\n与，,。]{2,40}[；;。]?")
#: What describes a recipient as the giver's partner right before its name (向结对的东乡族自治县拨付…).
_PARTNER_BEFORE = re.compile(r"(?:其)?(?:结对|对口|结对帮扶|对口帮扶|对口支援|对口协作|协作)"
                             r"(?:的|(?:帮扶)?(?:学校|医院|村|县|乡镇|社区)(?:——|—|：|:)?)|"
                             # (向我院医共体成员单位B捐赠: a member of the writer's community)
                             r"(?:我院|本院|我校|本校)?(?:医共体|医联体|集团|教育集团)?成员(?:单位|学校|医院)")
#: What opens a line of a list before a name (1., （2）, a bullet) or nothing.
_LINE_LEAD = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}[.、．]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[◆●■▲★☆◇▶►•])?[ \t\u3000]*")
#: A post's holder's home in brackets after the post (思南县委常委、副县长（吴江区挂职）陆一鸣) or his name (…王宇航（相城区挂职干部）).
_BRACKETED_HOME = re.compile(r"[（(]([^（）()，,。]{2,20}?)(?:挂职|挂任)(?:干部)?[）)]")
_GIVING_VERBS = ("捐赠", "捐助", "援助", "出资", "投入", "安排", "拨付")
_GIVING = re.compile("(?:" + "|".join(_GIVING_VERBS) + ")")  # (…项目：上海长风置业有限公司捐赠资金30万元)
_PROJECT_GIVING = re.compile("(?:" + "|".join(_GIVING_VERBS + ("投资",)) + ")")  # (…项目：A公司投资1200万元建设…)
#: Adverbs between a clause's own giver and its verb (…，苏州市另安排思南县…, 宁波市统筹安排昭觉县…).
_OWN_CLAUSE_ADVERB = re.compile(r"(?:另|还|又|也|再|另行|统筹|同时|同步)?")
_PROJECT_ADVERB = re.compile(r"(?:另|还|又|再|也|已|累计|先后)?")  # (…项目：…，黄埔区另安排协作资金260万元)
#: A clause of people and their count only (…共6名，专业技术人才39名。).
_COUNTED_CLAUSE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,10}?)(?:共|有)?[0-9一二两三四五六七八九十百]+余?(?:名|人)[。！!]?")
#: The rest of a list of places closed by 等 or 的 and a count of their institutions (乌丹镇、梧桐花镇、亿合公镇等8个苏木乡镇卫生院,
#: 福泉市、瓮安县的2家县级医院).
_LISTED_PLACES_INSTITUTIONS = re.compile(rf"(?:、[\u4e00-\u9fff]{{2,10}})*(?:等|的)[0-9{CN_DIGITS}]+(?:个|所|家)[\u4e00-\u9fff]{{0,6}}?"
                                         r"(?:卫生院|卫生室|卫生服务中心|学校|小学|中学|幼儿园|医院)")
#: A gift in the clause after a pairing's, naming no one (…签订结对帮扶协议，并现场捐赠帮扶资金20万元).
_GIFT_AFTER_PAIRING = re.compile(r"(?:协议|合同|协议书|关系)[^，,。；;]{0,4}[，,](?:并|还|同时)?(?:现场|当场)?"
                                 r"(?:捐赠|捐资|捐款|捐助|捐出|拨付|投入)(?:了)?")
#: Working in a place, then 的 and who works there (在塔河实验小学任教的…, 在莎车县各学校任教的…).
_WORKING_THERE = re.compile(r"[^，,。；;的]{0,4}?(?:任教|工作|支教|支医|坐诊|挂职)的")
#: Words of a figure corrected or compared with one published before.
_FIGURE_CORRECTED = re.compile(r"有误|更正|修正|应为|实为|此前(?:公布|报道|发布|披露)|较[^，,。；;]{0,10}(?:公布|报道)的")
#: Right before the figure that stands (…有误，经核实应为4650万元).
_RIGHT_FIGURE = re.compile(r"(?:应为|实为|更正为|修正为|核定为|核实为)$")
#: Right before a figure published before (此前公布的4.76亿元, 此前报道中的“1.5亿元”, 较开工时公布的3200万元).
_EARLIER_FIGURE = re.compile(r"(?:此前|先前|之前|原|开工时|立项时|当时|较)[^，,。；;]{0,8}(?:公布|报道|发布|披露|预计)[^，,。；;]{0,3}的“?$")
#: An opening clause since one helped another (自1995年对口支援昌都以来，…; 自2021年与道真自治县人民医院建立对口帮扶关系以来，…).
_SINCE_HELPING = re.compile(r"自?[0-9]{4}年?(?:起|以来)?(?:(?:对口支援|对口帮扶|定点帮扶|结对帮扶)(?P<helped>[^，,。；;]{2,16}?)|"
                            r"与(?P<partner>[^，,。；;]{2,16}?)(?:建立|结成|结为)[^，,。；;]{0,10}?关系)以来[，,]")
#: The place of a class of institutions after 等 (A等厦门市|属医院, A等上海|市属医院): the class's, no party of its own.
_CLASS_OF_PLACE = re.compile(r"(?:[省市县区州]?属|优质|知名|三甲|三级)?(?:医院|学校|中小学|高校|企业|单位)")
#: The amount each of those listed gets (…，每村500万元; 每所学校各20万元).
_EACH_UNIT = re.compile(r"每(?:个|所|家)?(?:村|镇|乡|街道|校|学校|医院|卫生院)各?$")
#: A pairing named as a noun after 的, in quotes or with words of its kind (A与B的“村街结对”仍在协商中).
_NOUN_AFTER_DE = re.compile(r"的[“\"「]?[\u4e00-\u9fff]{0,4}$")
#: An amount arranged and what it is for, after 安排 (…安排300万元用于B…, 安排协作资金200万元用于B…).
_ARRANGED_FOR = re.compile(r"[^，,。；;0-9]{0,8}?[0-9一二三四五六七八九十][0-9.,一二三四五六七八九十百千]*[万亿]?元(?:资金)?用于")
#: Words naming a place as it was called then, between a trigger and the place (对口支援当时的山南地区).
_AT_THE_TIME = re.compile(r"(?:当时的|当年的|时称|原来的)?")
#: A clause of a list item of pairs opening with a verb of giving (…：捐赠烘干设备价值35万元, 援建…，投入86万元).
_DASH_ITEM_GIVING = re.compile("(?:" + "|".join(_GIVING_VERBS + ("援建", "捐建", "捐资", "投资")) + ")")
#: What may open a list's row before its first name: a number (1　, 2. , （3）).
_ROW_NUMBER = re.compile(r"[ \t\u3000]*(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、．]?)?[ \t\u3000]*(?:[|｜][ \t\u3000]*)?")
#: A cell separator of a table written with bars (1 | A | B | 高中), and the cells after a row's last party.
_BAR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
_BAR_CELLS = re.compile(r"(?:[ \t\u3000]*[|｜][^|｜\n]*)*")
#: A cell of a table's line: between bars (its inner spaces kept: 刘 峰), or between spaces.
_BAR_CELL = re.compile(r"[^|｜ \t\u3000\n](?:[^|｜\n]*[^|｜ \t\u3000\n])?")
_SPACED_CELL = re.compile(r"[^ \t\u3000\n]+")
#: A line numbered as an item of a list (（五）, 3., 二、), and one numbered as a section's heading (三、…).
_NUMBERED_ITEM = re.compile(r"[ \t\u3000]*[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、．]")
_SECTION_HEADING = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}、")
#: A table's column named by a side's place and the level of its parties (宜川县结对镇（乡、街道）, 晋江市结对镇,
#: 宜兴市村（社区）): group 1 says it pairs or is helped.
_PLACE_COLUMN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|州)(结对|受援|帮扶)?(?:乡镇|镇街|镇|乡|村|街道|社区)")
#: A table's row or its header of two or three cells parted by spaces (1　海曙区　昭觉县; 序号　宁波市　凉山州).
_TABLE_ROW = re.compile(r"[^，,。；;：:\n\s]{1,30}(?:[ \t\u3000]+[^，,。；;：:\n\s]{1,30}){1,2}[；;。]?")
#: A heading naming a list of pairs (附件1：2024年度县县结对名单).
#: A line titling a list of pairs: a list's name (…结对名单), or a heading naming the kind of pairing (一、镇（街道）结对,
#: ▌村村结对, 三、学校结对（部分）).
#: A clause pairing the pairs listed before it, each with its own (…，一一结成帮扶对子; …，分别结成帮扶对子).
_EACH_PAIRED = re.compile(r"\s*(?:并|均|都)?(?:分别|一一|各自|两两|逐一)")
_PAIR_LIST_TITLE = re.compile(r"(?:名单|一览表|情况表|对照表|安排表|结对(?:[（(][^（）()]{1,6}[）)])?)[】\]]?$")
_DASH_LINE = re.compile(r"[^，,。；;：:\n]{2,30}[—–\-⇌↔⟷]+[^，,。；;：:\n]{2,30}[；;。]?")  # (窦店镇——白音察干镇)
# "在A的对口帮扶下，B…"
#: What a place owes to its partner (…得益于A的结对帮扶, 离不开A的对口支援).
_CREDITED_TO = ("得益于", "受益于", "离不开", "归功于")
_CREDITED_HELP = re.compile(rf"的(?:{_PARTNERSHIP}|结对)")
_UNDER_HELP = re.compile(rf"(?:的{_PARTNERSHIP}(?:和[^，,]{{0,8}})?|{_PARTNERSHIP})下[，,]\s*")  # (…的对口帮扶和大力支持下，)
#: Yuan per unit a table's column states its money in (资金（万元）).
_YUAN = {"亿元": 100_000_000, "万元": 10_000, "元": 1}
#: A place's people counted, then 在 and where they are (…共有8名党政干部、36名专业技术人才在纳雍县…).
_HAS_PEOPLE_IN = re.compile(r"(?:目前|现)?(?:仍|还|已|尚)?(?:共有|共|有)[0-9一二两三四五六七八九十百]+[名位人][^，,。；;在]{0,12}"
                            r"(?:(?:、|和|及)[0-9一二两三四五六七八九十百]+[名位人][^，,。；;在]{0,12})*在")
#: What a party has in a place, counted (晋江市在盐池县共有挂职干部3名…).
#: Those seconded, counted, right after the place they are in (…在共和县|挂职干部4名、专业技术人才19名).
_STAFF_COUNTED_AFTER = re.compile(r"(?:挂职|援派|派驻|支教|支医)(?:干部|人才|教师|医生|专家)[^，,。；;]{0,12}?"
                                  r"[0-9一二两三四五六七八九十百]+[名位人]")
_HAS_COUNTED = re.compile(r"(?:目前|现)?(?:共有|现有|有)")
#: What those a party has in a place do there, besides a sending verb (…38名干部人才在丹巴县开展帮扶).
_HELPING_THERE = re.compile(r"(?:开展|从事|参与)(?:对口)?(?:帮扶|支援|援助)")
#: What those counted in a place do there, in its clause: serve or learn (…仍有3名专家在B驻点帮扶, …已有8名医生在B完成
#: 3至6个月的进修).
_SERVING_OR_LEARNING = re.compile(r"[^，,。；;]{0,12}?(?:驻点|坐诊|带教|支教|支医|任教|进修|跟岗)")
#: A sending verb right after its sender (…医院派出8人).
_SIGNING_GAP = re.compile(r"(?:同时|共同|正式|当场|现场|还|也)?(?:签订|签署)了?(?:[0-9]{4}(?:年度?|—[0-9]{4}年))?"
                          r"(?:镇镇|村村|校校|院院|镇村|村企|街镇)?")  # (A、B签订2024年结对帮扶协议)
_BUILT_THERE = ("建成", "建设", "建立", "成立", "设立", "打造", "投资", "援建", "捐建", "挂牌")  # (在X建成…工作站)
_SENDS_FOR = re.compile(r"(?:选派|派出|派驻)的?")  # (A选派B支教教师: sent for B)
_SENT_AS = re.compile(r"(?:的)?(?:支教|支医|支农|援[\u4e00-\u9fff]|挂职|驻村|帮扶)[\u4e00-\u9fff]{0,3}?"
                      r"(?:教师|老师|医生|干部|专家|书记|人才|护士|队员)(?:[\s，,；;。]|$)")
_OWN_PEOPLE = ("师生", "全体师生", "干部职工", "全体职工", "职工", "员工", "医护人员", "党员")  # (塘尾学校师生)
_PLACED_IN = re.compile(r"的[0-9一二两三四五六七八九十]+名[\u4e00-\u9fff]{0,6}?(?:专家|医生|教师|老师|干部|人才|骨干|护士)"
                        r"(?:被|均被|已被)(?:安排|分配|派驻|派|选派)(?:在|到|至)")  # (A的3名专家被安排在B)
#: An institution's team arriving at another (天津市津南医院第三批帮扶医疗队抵达民乐县人民医院).
_TEAM_ARRIVES = re.compile(r"(?:第[0-9一二三四五六七八九十]{1,3}批)?(?:帮扶|援[\u4e00-\u9fff]|组团式|驻点)?"
                           r"(?:医疗队|医疗专家团队|专家团队|支教团队|工作队)(?:一行)?(?:抵达|到达|进驻|来到)")
#: A post taken in an institution (担任, 现任, 任), not one held before (曾任, 历任, 原任) nor words ending in 任 (主任, 责任).
#: Words of telling opening a sentence before its subject (据了解，…, 记者了解到，…).
_SAID_OPENING = re.compile(r"(?:据了解|据介绍|据悉|记者了解到|记者获悉)[，,]")
#: A detail of a sending: an institution of the place receiving so many (…，其中高昌区第三中学接收了14名).
_DETAIL_RECEIVED = re.compile(r"其中(?P<x>[^，,。；;]{4,24}?)(?:接收|接纳|迎来)了?(?P<n>[0-9一二两三四五六七八九十]+名)")
#: Between givers and 向 the one they give to (or 在 where a company invests): a count of the list before (四省市),
#: going on or since (共, 先后).
_TOWARDS_GAP = re.compile(r"(?:([0-9一二两三四五六七八九十]+)个?(?:省市|省区|省|市|区|县|县区|区县))?(?:还|也|先后|累计|共)?"
                          r"(向|在)")
#: One unnamed, told of by where he comes from and what he is there (这位来自广东省人民医院的心外科副主任医师，).
_THIS_ONE_FROM = re.compile(r"这位来自[\u4e00-\u9fff]{4,30}?的[\u4e00-\u9fff]{2,14}[，,]")
_TAKES_POST = re.compile(r"(?:现任|担任|挂任|出任|(?<![曾历原调离主责信前兼])任)")
_SENDS_AGAIN = re.compile(r"(?:并|还|另|同时|又|再)?(?:选派|派出|派驻|选调|下派)")  # a clause sending more, its subject the same
_SENDS_AGAIN_CLAUSE = re.compile(r"[，,](?=" + _SENDS_AGAIN.pattern + ")")
_SENDS_RIGHT_AFTER = re.compile(r"(?:先后|共|已|又|再|累计)?(?:派出|选派|派驻|抽调)")
#: The verb and money that several "A向B" pairs before share (…、C向D各拨付…).
_EACH_AFTER_PAIRS = re.compile(r"各(?:自)?(?:拨付|投入|安排|捐赠|捐助|援助|出资|捐资|下达)")
#: The parts of an amount just stated, after 其中 (…21.6亿元，其中…).
#: Places counted, unnamed (两县, 3个乡镇, 各结对县): those the parts after 其中 name.
_COUNTED_PLACES = r"(?:[0-9一二两三四五六七八九十]+个?|各|结对)(?:县|区|县区|县市|市|州|乡镇|镇|村)"
#: The rest of a part's clause up to the next part (…用于A…，|120万元用于B…).
_NEXT_PART = re.compile(r"[^，,。；;、]*[，,、]")
#: What a part of a sum after 其中 is put into (其中1100万元用于林芝县中学…, 其中1560万元投入勒门巴民族乡).
_PART_USE = re.compile(r"(?:专门|专项|主要)?(?:用于|投入|安排到|安排给|拨付给|下达到)")
_PARTS_AFTER = re.compile(r"(?<=[\u4e00-\u9fff0-9])[，,]其中")
#: Money allocated to a list after a colon (分别安排到7个县区：, 下达到各县：).
_ALLOCATED_TO = re.compile(r"(?:分别)?(?:安排|下达|分配|拨付|切块)(?:到|给|至)?[^，,。；;：:]{0,8}[：:]")
_BOTH = re.compile(r"[，,](?:两地|双方|两区县|两县区|两市县|两县市|两区|两县|两市|两省区|两省市|两省|两校|两院|两镇|两乡|两村|两街镇)")  # (…，两区县签订…)
_EACH_GIVING = re.compile(r"分别(?:投资|投入|出资|捐赠|捐资|援建|拨付|安排|下达|援助)")  # (A在X、B在Y分别投资…)
_VISITING = re.compile(r"赴|到|来到|前往|走进|向")  # (or giving to the other: A向B捐赠…，两镇同时签订了结对共建协议)
#: A post taken as a secondment, its place or body right after (挂任纳雍县副县长的…).
_TAKES_SECONDED_POST = re.compile(r"挂职|挂任")
#: The word for a cadre between his home place and his name (…的天河区|干部|黎志强, …的深圳|援黔干部|…).
_CADRE_WORD = re.compile(r"(?:援[\u4e00-\u9fff]{1,2})?干部")
#: A note in brackets opening with its label (（工作室主持人：刘晓燕）, （负责人：王强）).
_LABELLED_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[:：][^（）()\n]{1,24}[）)]")
#: A line of gifts in dashed cells: its giver, then the recipient's field (…—受赠方：田东县教育局—30万元—…).
_GIFT_DASH_LINE = re.compile(r"\s*(?:[0-9]{1,2}[.．、]\s*)?(?P<giver>[^—:：\n]{2,40}?)—(?:受赠|受捐|受助)[^:：—\n]{0,3}[:：]"
                             r"(?P<to>[^—\n]{2,40}?)—")
_MARKED_POST = re.compile(r"[（(]挂职[）)]")  # 副秘书长（挂职）陈立新
_NOTE = re.compile(r"^[（(][^（）()、，,]{1,15}[）)]")  # a short name in brackets right after a name
_GOES_ON = re.compile(r"(?:也是|也|还|并|同时|又|目前|现|现在|此后|随后|今后|继续|持续|长期|始终|一直|新增|重点)+(?:承担(?:着|起)?)?")
_WENT_ON = re.compile(r"[，,](?:并|还|又|也|同时|此外)*(?:与|同)")  # the same subject goes on with another partner
LIST_COORD = re.compile(r"^(?:、|和|及|以及|/)$")  # a list on one side (no 与: that joins two sides)

_CN_NUM = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
MONEY = re.compile(
    r"(?P<pre>近|约|超过|超|逾|达|共计|合计|累计|总计)?(?P<yen>[￥¥])?"
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|"
    r"[零〇一二两三四五六七八九十百千]+(?:[亿万][零〇一二两三四五六七八九十百千]+)*)"
    # (￥300万: the sign says yuan, 元 may go)
    r"(?P<more>余|多|来)?(?P<unit>亿|万|千)?(?P<unit2>万)?(?P<more2>余|多)?(?(yen)元?|元)(?P<post>左右)?"
)
#: An amount per person or household right after its 每 (每人2000元, 每户发放500元, 人均3000元): a rate, not a sum
#: given (but 每村安排10万元 is each village's money, and 每年投入5000万元 a year's).
_PER_UNIT = re.compile(r"(?:每(?:人|名|位|户|生)|人均|户均)[^，,。；;：:0-9]{0,7}$")  # (每名学生每学期提供2000元)
#: A cap right before an amount (给予最高30万元的一次性建设补助, 每个项目不超过50万元): at most so much, not a sum given.
_CAP = re.compile(r"(?:最高|最多|不超过|不高于|上限为?)(?:可|可达|达|为|给予|补助|奖补|奖励)?$")
#: The lower end of a range of money right before an amount (300万至, 2000万—).
_RANGE_START = re.compile(r"[0-9.]+(?:亿|万|千)?(?:元)?(?:至|到|—|－|-|~|～)$")
HEADCOUNT = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?万?|[一二两三四五六七八九十百千万]+)(?:余|多)?(?:名|位|人(?!次|民|员|口|均|才))")
#: People-times (选派支教教师127人次): those sent when nothing in their clause says they were trained or served
TRIPS = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?万?|[一二两三四五六七八九十百千万]+)(?:余|多)?人次")
YEAR = re.compile(r"((?:19|20)[0-9]{2})(?:年)?(?:[至到\-—~－]|年至|年到)((?:19|20)[0-9]{2})年|((?:19|20)[0-9]{2})年(以来)?")


def cn_number(text: str) -> float | None:
    """Arabic or Chinese numerals: '1.945' → 1.945, '两' → 2, '二十五' → 25, '三亿二千万' → 320000000.

    >>> cn_number("二十五"), cn_number("两"), cn_number("370"), cn_number("三亿二千万"), cn_number("一百八十")
    (25, 2, 370.0, 320000000, 180)
    """
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?", text):
        return float(text.replace(",", ""))  # 3,500 (thousands separated)
    total, section, current = 0, 0, 0
    for ch in text:
        if ch in _CN_NUM:
            current = _CN_NUM[ch]
        elif ch in ("万", "亿"):
            section = (section + current) * _UNITS[ch]
            if ch == "亿":
                total, section = total + section, 0
            else:
                total, section = total + section, 0
            current = 0
        elif ch in _UNITS:
            section += (current or 1) * _UNITS[ch]
            current = 0
        else:
            return None
    return total + section + current


#: A party giving its part of an amount, right before that part (其中漳浦县|落实4300万元).
_PART_GIVES = re.compile(r"(?:落实|安排|投入|拨付|出资|承担|援助)")
#: Words introducing a company after its place's name (浦东|企业|上海禾润…有限公司), the place perhaps unread.
_COMPANY_INTRO = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:民营企业|龙头企业|企业)(?=[\u4e00-\u9fff])")
#: A table's title saying its rows pair (结对医院派驻人员情况, 对口支援医院派驻人员情况).
_PAIRED_TITLE = re.compile(r"结对|对口")
#: A table's column of money given, with its unit (捐赠设备（万元）, 援助资金（万元）).
_GIFT_COLUMN = re.compile(r"(捐赠|援助|帮扶|支持)[^（()）]{0,6}[（(](?P<unit>亿元|万元|元)[)）]")


def _column_named(name: str, words: tuple[str, ...]) -> bool:
    """Whether a table's column name opens with one of ``words``, or with a place's two-character name before it
    (深圳支援医院, 上海派出医院, 百色受援医院)."""
    # (挂职（支援）单位: a note in brackets)
    bare = re.sub(r"[（(][^（()）]{1,6}[)）]", "", name) if "（" in name or "(" in name else name
    return len(name) <= 8 and name.startswith(words) or \
        len(bare) <= 8 and (bare.startswith(words) or len(bare) >= 5 and bare[2:].startswith(words))


def _group_counts(seg: str, not_sent: tuple[str, ...] = (), served: tuple[str, ...] = ()) -> list[int]:
    """The number of each group of people named in ``seg``, in order (党政干部31名、专业技术人才385名 → [31, 385]).
    People-times count those sent too (支教教师126人次、管理干部9人 → [126, 9]), unless their clause holds a word
    of ``not_sent``: those trained or served (培训本地教师3200余人次); a count of people named as ``served`` is none
    of those sent either (…派出3名技术员常驻指导，带动60多名群众就近就业)."""
    found = [(m.start(), m.group(1)) for m in HEADCOUNT.finditer(seg) if not (served and seg.startswith(served, m.end()))]
    for m in TRIPS.finditer(seg):
        clause = seg[max(seg.rfind(c, 0, m.start()) for c in "，,；;。") + 1:m.start()]
        if not any(w in clause for w in not_sent):
            found.append((m.start(), m.group(1)))
    return [n for n in (_people_number(number) for _, number in sorted(found)) if n]


def _people_number(text: str) -> int | None:
    """A headcount's number: '25', '一百八十', '1.2万'."""
    if text.endswith("万") and text[0].isdigit():
        return int(float(text[:-1]) * 10_000)
    n = cn_number(text)
    return int(n) if n else None


#: Three fields in brackets: who, how much, where (（江阴澄宇新材料科技有限公司，3.2亿元，永坪镇）).
_BRACKET_FIELDS = re.compile(r"[（(]([^（）()，,；;]{2,40})[，,]([^（）()，,；;]{2,12})[，,]([^（）()，,；;]{2,20})[）)]")


#: Money written in English (约RMB 1.2 million, 人民币3 million元).
_MONEY_EN = re.compile(r"(?P<pre>近|约|超过|逾)?(?:RMB|CNY|人民币)\s*(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?P<unit>million|billion)",
                       re.IGNORECASE)
_UNITS_EN = {"million": 1_000_000, "billion": 1_000_000_000}


@dataclass
class Money:
    start: int
    end: int
    amount: Decimal | None  # None: money stated as a range (300万至500万元), no one amount
    approx: bool


def find_money(text: str, offset: int = 0) -> list[Money]:
    """Amounts in yuan: 1.945亿元, 370余万元 (approx), 近225万元 (approx), 5590万.

    >>> [(int(m.amount), m.approx) for m in find_money("投入1.945亿元和370余万元，近225万元，三亿二千万元，3,500万元")]
    [(194500000, False), (3700000, True), (2250000, True), (320000000, False), (35000000, False)]
    >>> find_money("每村300万至500万元")  # money, but no one amount
    [Money(start=2, end=12, amount=None, approx=False)]
    >>> [int(m.amount) for m in find_money("捐赠￥300万，另有¥1,200元")]  # the sign for yuan
    [3000000, 1200]
    >>> [m.amount for m in find_money("每人2000元，共计12万元")]  # a rate, then the sum given
    [None, Decimal('120000')]
    >>> [m.amount for m in find_money("安排资金2860万元，对新建车间给予最高30万元的补助")]  # a cap is no sum
    [Decimal('28600000'), None]
    >>> [(int(m.amount), m.approx) for m in find_money("捐赠物资约RMB 1.2 million")]  # written in English
    [(1200000, True)]
    """
    out = []
    for m in _MONEY_EN.finditer(text):
        amount = (Decimal(m.group("num").replace(",", "")) * _UNITS_EN[m.group("unit").lower()]).quantize(Decimal(1))
        out.append(Money(offset + m.start(), offset + m.end(), amount, bool(m.group("pre"))))
    for m in MONEY.finditer(text):
        lower = _RANGE_START.search(text, max(0, m.start() - 16), m.start())  # a short look back, not the text
        if lower:
            out.append(Money(offset + lower.start(), offset + m.end(), None, False))  # 300万至500万元: no one amount
            continue
        if _PER_UNIT.search(text, max(0, m.start() - 10), m.start()) or _CAP.search(text, max(0, m.start() - 6), m.start()):
            out.append(Money(offset + m.start(), offset + m.end(), None, False))  # 每人2000元: a rate
            continue
        units = (m.group("unit") or "") + (m.group("unit2") or "")
        if m.group("num")[0].isdigit():
            value, mult = cn_number(m.group("num")), 1
            for u in units:
                mult *= _UNITS[u]
        else:  # 三亿二千万: the units belong to the numeral's last section
            value, mult = cn_number(m.group("num") + units), 1
        if value is None:
            continue
        amount = (Decimal(str(value)) * mult).quantize(Decimal(1))
        approx = bool(m.group("more") or m.group("more2") or m.group("post") or
                      (m.group("pre") and m.group("pre") in ("近", "约", "超过", "超", "逾")))
        out.append(Money(offset + m.start(), offset + m.end(), amount, approx))
    return sorted(out, key=lambda m: m.start)


def find_year(text: str) -> str | None:
    """The year or period a sentence names: '2016至2022年' → '2016-2022', '2023年' → '2023'."""
    m = YEAR.search(text)
    if not m:
        return None
    if m.group(1):
        return f"{m.group(1)}-{m.group(2)}"
    return m.group(3) + ("-" if m.group(4) else "")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: ends at 。！？ or a line break; the end mark belongs to the sentence."""
    out, start = [], 0
    for m in SENT_END.finditer(text):
        end = m.end() if m.group()[0] not in "\n" else m.start()
        if text[start:end].strip():
            out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    # trim leading whitespace
    trimmed = []
    for s, e in out:
        while s < e and text[s] in " \t\r\u3000":
            s += 1
        trimmed.append((s, e))
    return trimmed


def _merge_staff(rels: list[Relation]) -> list[Relation]:
    """One sentence's secondments between the same two ends, one naming who and the other how many, are one
    fact (挂职…副县长林志强介绍，福建省选派31名专业技术人才到永宁县)."""
    out: list[Relation] = []
    for r in rels:
        twin = next((m for m in out if (m.head, m.tail) == (r.head, r.tail) and
                     (m.headcount is None or r.headcount is None)), None)
        if twin is None:
            out.append(r)
            continue
        twin.headcount = twin.headcount if twin.headcount is not None else r.headcount
        twin.secondees = tuple(dict.fromkeys(twin.secondees + r.secondees))
    return out


@lru_cache(maxsize=4096)
def _literal(word: str) -> re.Pattern:
    """A compiled pattern matching ``word`` literally (compiled once, not per sentence)."""
    return re.compile(re.escape(word))



#: After "作为A": A's partner of the kind, then the partner itself (作为鄞州区的结对县，昭觉县…).
#: ...or the role of the ones named before 作为 (河东区、西青区作为于田县的区级结对帮扶单位，…).
_HELPER_ROLE = re.compile(rf"的?(?:区级|县级|市级|省级|主要)?(?:{_PARTNERSHIP}|结对)(?:结对)?(?:帮扶)?"
                          r"(?:单位|城市|省份|省市|地区|县区|区县|医院|学校|方|区|县|市)[，,]")  # (…作为西吉县东西部协作结对区，)
_PARTNER_AS = re.compile(r"(?:(?:东西部协作|扶贫协作|对口协作|对口支援|对口帮扶)的?|的)"  # (作为深圳市东西部协作的结对城市，)
                         r"(?:另一个|另一|又一个|又一|第二个|首个|一个)?(?:结对|对口帮扶|对口支援|对口协作|东西部协作)(?:帮扶)?(?:县|区|市|州|旗|地区|县区|县市|乡镇|镇|乡|村|"
                         r"城市|对象|单位|医院|学校)[，,]\s*")
#: A person's own money (…；公司董事长郑国华个人出资5万元): no giver of the clause before goes on giving it.
_PERSONAL_MONEY = re.compile(r"个人(?:出资|捐赠|捐资|捐款|捐助)")
#: The host of people sent for training or a post, named in a list line (…，进修单位为苏州市相城区人民医院).
#: One's home town: a place and 人 (泉州晋江人), not a body's name going on (人民医院, 人社局, 人才).
_NATIVE_OF = re.compile(r"人(?![民社才力大])")
#: A sending verb and 由 opening the units a team is made of, the units listed (派出由|A、B…组成的医疗队).
_MADE_OF = re.compile(r"(?:派出|选派|派遣|组派|派)由(?:[^，,。；;、由]{2,30}、)*")
#: What closes those units: the people from them and 组成 (…9名专家组成的).
_MADE_UP = re.compile(r"(?:、[^，,。；;]{2,30}?)?[^，,。；;]{0,16}?组成")
_HOST_UNIT = re.compile(r"(?:进修|跟岗|挂职|支教|支医|派驻|接收|培训|实习|学习)(?:单位|医院|学校)(?:为|是|[:：])")
#: What one is taken into after 纳入 and a party: its partnership's scope (纳入长宁区结对帮扶范围).
_INCLUDED_IN = re.compile(r"的?(?:结对|对口|东西部协作|协作)[\u4e00-\u9fff]{0,4}?(?:范围|名单|对象|体系|序列)")
#: A place's parts counted after 的 (从江县的6个乡镇): the place names none of them.
_PARTS_COUNTED = re.compile(r"的[0-9一二两三四五六七八九十]+个?(?:乡镇|镇|乡|村|街道|社区|县区|县市|县|区|市)")
#: Where a person's unit sent him, after the unit in his line: 援派X, 援X专家, 援疆任X副校长.
_AID_POST = re.compile(r"援派|派驻|援(?:疆|藏|青|滇|黔|桂|川|渝|陕|甘|宁|蒙)任|(?<![驰救支增])援(?![助建疆藏青])|"
                       # (a roster line: 孙立群　A医院副院长、主任医师，任B医院院长)
                       r"(?P<roster>(?<=[，,])任)")
#: What may stand between a helper and its directed trigger: going on, or since when (于2017—2020年对口帮扶).
_HELPS_SINCE = re.compile(r"^(?:继续|持续|长期|始终|一直|还|也|又|并|已|(?:自|于|从)?[0-9]{4}年?(?:[—–\-－至到][0-9]{4}年?)?"
                          r"(?:起|以来|开始)?|承担|负责)+(?:把|将)?")  # (…承担对口支援改则县任务)
#: Sending verbs between a sender and the place it sent a cadre to, in the cadre's description (海珠区派驻荔波县挂职干部).
#: Where one sent works, said after him: …，她将在 / 现在 / 到 (the place follows).
_WORKS_AT = re.compile(r"(?:(?<=[，,])(?:他|她)?(?:将|已|现|正|目前)?|(?<=[\u4e00-\u9fff]))(?:在|到|赴)")
_SENT_TO_PLACE = ("派驻", "选派到", "选派至", "派往", "派到", "赴")


def _not_in_brackets_after(money: list["Money"], text: str) -> list["Money"]:
    """Amounts, less those in brackets right after another amount: its parts (累计投资1.52亿元（一期9200万元、二期
    6000万元）), not more money."""
    out: list[Money] = []
    for mo in money:
        part = next((o for o in out if text[o.end:o.end + 1] in "（(" and
                     not re.search(r"[）)]", text[o.end + 1:mo.start])), None)
        if part is None:
            out.append(mo)
    return out


def _added_up(found: list[Relation]) -> list[Relation]:
    """A sentence's fundings from one funder to one recipient as one fact, their amounts added up (the guide:
    "…3.16亿元；今年以来，大连市又向六盘水市安排…1.23亿元" → 4.39亿元); the first one's place, year and kind."""
    out: list[Relation] = []
    first: dict[tuple[str, str], int] = {}
    for r in found:
        if r.type != "funds":
            out.append(r)
        elif (r.head, r.tail) not in first:
            first[r.head, r.tail] = len(out)
            out.append(r)
        else:
            i = first[r.head, r.tail]
            o = out[i]
            amounts = [a for a in (o.amount_cny, r.amount_cny) if a is not None]
            out[i] = replace(o, amount_cny=sum(amounts, Decimal(0)) if amounts else None, approx=o.approx or r.approx,
                             joint=o.joint or r.joint)
    return out

class RelationExtractor:
    """Applies the relation rules to one document's sentences."""

    def __init__(self, rules: Rules, gazetteer):
        rel = rules.relations
        self.gaz = gazetteer
        self.pairs_directed = sorted(rel["pairs_with"]["directed"], key=len, reverse=True)
        self._directed_tuple = tuple(self.pairs_directed)
        self._quoted_campaign = re.compile("“[^“”，。]{2,20}?(?:" + "|".join(rel["campaign_endings"]) + ")”")
        self.helping_after_object = tuple(rel["pairs_with"]["helping_after_object"])
        self.unnamed_subjects = tuple(rel["unnamed_subjects"])
        self.subject_gaps = [re.compile(p) for p in rel["pairs_with"]["subject_gaps"]]
        # (a time between the comma and 与: …的县，2021年以来与上海市静安区结对…; …，去年与陶营村结成…)
        # (or 和 before 与: …推进与B的东西部协作和与C的对口帮扶工作)
        self._clause_with = re.compile("(?:[，,：:]|和(?=与))(?:(?:[0-9]{4}年(?:以来|起|来|初|底)?|近年来|多年来|去年|今年|当年)[，,]?)?"
                                       "(?:并|还|又|也|同时|以及)?(?:(?:持续|继续|进一步|不断|全面|扎实|深入|稳步|大力|积极|务实)?(?:"
                                       + "|".join(map(re.escape, rel["pairs_with"]["deepen_verbs"])) + "))?(?:与|同)")
        self.pairs_mutual = sorted(rel["pairs_with"]["mutual"], key=len, reverse=True) + \
            [re.compile(p) for p in rel["pairs_with"]["mutual_patterns"]]
        self.classifiers = "".join(rel["pairs_with"]["group_classifiers"])
        self.fund_triggers = sorted(rel["funds"]["triggers"], key=len, reverse=True)
        self.fund_markers = sorted(rel["funds"]["recipient_markers"], key=len, reverse=True)
        self.fund_documents = tuple(rel["funds"]["document_nouns"])
        self.pairing_markers = set(rel["funds"]["pairing_markers"])
        self.purpose_markers = tuple(rel["funds"]["purpose_markers"])
        self.purpose_clause_verbs = tuple(rel["funds"]["purpose_clause_verbs"])
        self.passive_fund_verbs = set(rel["funds"]["passive_verbs"])
        self.project_place_fields = rel["funds"]["project_place_fields"]
        self.project_fund_fields = rel["funds"]["project_fund_fields"]
        self.project_funder_fields = rel["funds"]["project_funder_fields"]
        self.project_amount_fields = rel["funds"]["project_amount_fields"]
        self.partner_fields = rel["funds"]["partner_fields"]
        self.gift_fields = rel["funds"]["gift_fields"]
        words = "|".join(map(re.escape, rel["funds"]["project_words"]))
        # a list item's number, then a name without punctuation ending in 项目, a note in brackets, a comma
        bullets = "|".join(map(re.escape, sorted(rel["funds"]["item_bullets"], key=len, reverse=True)))
        self._item_lead = re.compile(rf"\s*(?:{bullets})?\s*")  # a list item's bullet before its first word
        self._bullet_line = re.compile(rf"[ \t\u3000]*(?:{bullets})")  # a line opening with a bullet
        # (the name closes with a comma, a colon or a dash: 2.土牧尔台镇马铃薯仓储项目——房山区援助资金620万元)
        self._project_item = re.compile(r"(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|"
                                        rf"\s*(?:{bullets})\s*)?"
                                        rf"[^，,。；;：:、]{{0,3}}?(?P<name>[^，,。；;：:—]{{2,40}}?)(?:{words})"
                                        # (or a cell's bar, or the verb of using the money right after the name:
                                        # 1.赵家河村产业路硬化项目｜…, 红渡村农房风貌提升项目使用龙华区…资金)
                                        r"(?:[（(][^）)]{0,30}[）)])?(?:[，,：:｜|]|——|—|(?=使用|投入|获得?))")
        # a numbered item of any name closed by a dash, a funder's money after it (（1）苍溪县猕猴桃冷链仓储中心——长兴县
        # 东西部协作资金680万元)
        self._numbered_dash_item = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)])"
                                              r"(?P<name>[^，,。；;：:—]{2,40}?)——"
                                              r"(?=[^，,。；;：:]{2,30}?(?:" + "|".join(map(re.escape, rel["funds"]["fund_nouns"])) + "))")
        # a numbered item of any name closed by a comma, its funder giving an amount right after the verb in the clause
        # after it (1.普保镇中心小学学生宿舍楼，A投入1200万元；)
        self._numbered_giving_item = re.compile(
            r"[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)])(?P<name>[^，,。；;：:—]{2,40}?)[，,]"
            r"(?=[^，,。；;：:]{2,30}?" + _PROJECT_GIVING.pattern + r"(?:资金)?[0-9])")
        # a numbered project, then its fields after ；(1．策勒县人民医院综合楼建设项目；援建单位：…；…资金：4600万元；)
        self._project_item_fields = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)])"
                                               rf"(?P<name>[^，,。；;：:]{{2,40}}?(?:{words}))[；;]"
                                               r"(?=[^；;。\n]{2,8}[:：])")
        # a bulleted item of the same kind, its name any (——文安驿镇白家塬村苹果冷链仓储中心，投入江阴市援助资金320万元；)
        self._bullet_item = re.compile(rf"\s*(?:{bullets})\s*(?P<name>[^，,。；;：:]{{2,40}}?)[，,：:]"
                                       r"(?=(?:投入|使用|安排|下达|争取)?[^，,。；;：:]{2,30}?(?:"
                                       + "|".join(map(re.escape, rel["funds"]["fund_nouns"])) + "))")
        # a numbered line opening with a place, a note in brackets, a colon: what follows is that place's
        # (1.围场满族蒙古族自治县（武清区结对）：市级资金3620万元，武清区区级资金1500万元，…)
        # (or a line with no number: 西吉县：福州市援助1.68亿元，安排项目62个；)
        # (or a bullet: ——九寨沟县：…)
        self._place_item = re.compile(r"\s*(?P<num>[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|"
                                      rf"(?:{bullets})\s*)?"
                                      r"(?P<name>[^，,。；;：:、（(\s—–\-]{2,20})(?:[（(][^）)]{0,30}[）)])?[：:]")
        self.staff_sender_fields = rel["seconds_staff_to"]["sender_fields"]
        self.staff_post_fields = rel["seconds_staff_to"]["post_fields"]
        self.arranging = set(rel["funds"]["arranging_verbs"])
        nouns = "(?:" + "|".join(map(re.escape, rel["funds"]["fund_nouns"])) + ")"
        levels = "(?:" + "|".join(map(re.escape, rel["funds"]["fund_levels"])) + ")"
        self._fund_noun = re.compile(f"{levels}?{nouns}")
        self._own_level_funds = re.compile(levels + nouns)  # (the giver's level repeated: 东丽区|区级资金)
        self.invest_words = rel["funds"]["investment_words"]
        self.donation_words = rel["funds"]["donation_words"]
        self.partner_gift_words = rel["funds"]["partner_gift_words"]
        self.fund_negative = rel["funds"]["negative"]
        self.fund_negative_buildings = rel["funds"]["negative_buildings"]
        self.purchase_verbs = tuple(rel["funds"]["purchase_verbs"])
        self._fund_negative_re = re.compile("|".join(rel["funds"]["negative_patterns"]))
        self.paid_so_far = tuple(rel["funds"]["paid_so_far"])
        self.agreement_words = tuple(rel["funds"]["agreement_words"])
        # "…支持建设的B", "…投入1200万元援建的B": what was built with the money named before
        self._built_re = re.compile("(?:" + "|".join(map(re.escape, rel["funds"]["built_verbs"])) + ")的")
        self.built_direct_verbs = tuple(rel["funds"]["built_direct_verbs"])
        self._sited_re = re.compile("[，,](?:" + "|".join(map(re.escape, self._longest_first(rel["funds"]["sited_words"]))) + ")")
        # (and 建设 for a place opening the project's name: …投资5200万元，建设隆德县万亩冷凉蔬菜产业基地)
        self._built_place_re = re.compile("(?:" + "|".join(map(re.escape, self.built_direct_verbs + ("建设",))) + ")了?")
        self.marker_blockers = rel["funds"]["marker_blockers"]
        self.arrival_words = tuple(rel["funds"]["arrival_words"])
        # an attraction word and what it brings in: companies or capital (引导45家企业, 引进上海企业和社会资金)
        # (not 南沙区引进的协作企业: the company brought in, which may itself give)
        self._brought_in = re.compile("(?:" + "|".join(map(re.escape, rel["funds"]["attraction_words"])) +
                                      r")(?!的)[^，,；;。]{0,8}?(?:企业|资金|资本|客商)")
        self.attraction_words = tuple(rel["funds"]["attraction_words"])
        self._attraction = re.compile("|".join(map(re.escape, self.attraction_words)))
        self._brought_by = re.compile("(?:" + "|".join(map(re.escape, self.attraction_words)) + ")(?:来)?的")
        # (X由宝安区牵线引进，在C投资: the passive, after 由)
        self._brought_passive = re.compile("(?:" + "|".join(map(re.escape, rel["funds"]["facilitation_words"])) + ")?(?:"
                                           + "|".join(map(re.escape, self.attraction_words)) + ")[，,]")
        self._facilitated = re.compile("(?:的)?(?:" + "|".join(map(re.escape, rel["funds"]["facilitation_words"])) +
                                       ")(?:下|之下)")
        self.channel_words = tuple(rel["funds"]["channel_words"])
        # (…捐赠…物资，由嘉祥县东西部协作工作专班专程送达长滩镇: who carried the gift, no giver)
        self._carried_by = re.compile(r"(?:专程|统一|负责|专门|及时|连夜|亲自)?(?:" +
                                      "|".join(map(re.escape, rel["funds"]["delivery_verbs"])) + ")")
        self.moneyless_triggers = set(rel["funds"]["moneyless_triggers"])
        self.goods_only_triggers = set(rel["funds"]["goods_only_triggers"])
        self.thanks_gifts = tuple(rel["funds"]["thanks_gifts"])
        self.money_words = rel["funds"]["money_words"]
        self.partner_fund_triggers = set(rel["funds"]["partner_triggers"])
        self.goods_words = rel["funds"]["goods_words"]
        self.place_verbs = rel["funds"]["place_verbs"]
        self.place_verbs_with_money = rel["funds"]["place_verbs_with_money"]
        self.staff_triggers = sorted(rel["seconds_staff_to"]["triggers"] + rel["seconds_staff_to"]["to_place_triggers"],
                                     key=len, reverse=True)
        self.pairs_outright = tuple(rel["pairs_with"]["outright"])
        # what may stand between the partner after 与 and the trigger of "与B开展东西部协作的A"
        self._relative_gap = "(?:" + "|".join(map(re.escape, rel["pairs_with"]["relative_gap_verbs"])) + ")?"
        self.people_nouns = sorted(rel["seconds_staff_to"]["people_nouns"], key=len, reverse=True)
        self.trips_not_sent = tuple(rel["seconds_staff_to"]["trips_not_sent"])
        self.served_nouns = tuple(rel["seconds_staff_to"]["served_nouns"] + rel["seconds_staff_to"]["patient_nouns"] +
                                  rel["seconds_staff_to"]["labour_nouns"])
        staff = rel["seconds_staff_to"]
        self.table_sender_columns = tuple(staff["table_sender_columns"])
        self.table_kind_columns = tuple(rel["pairs_with"]["table_kind_columns"])
        self.table_receiver_columns = tuple(staff["table_receiver_columns"])
        self.table_party_columns = tuple(rel["pairs_with"]["table_party_columns"])
        self.table_partner_columns = tuple(rel["funds"]["partner_fields"] + rel["pairs_with"]["table_partner_columns"])
        self.table_staff_words = tuple(staff["table_staff_words"])
        self.table_side_columns = tuple(rel["pairs_with"]["table_side_columns"])
        self.table_giver_columns = tuple(rel["funds"]["table_giver_columns"])
        self.table_recipient_columns = tuple(rel["funds"]["table_recipient_columns"])
        # 武进援陕专家, 苏州援铜医疗专家: the place, 援 and an abbreviation, a descriptor, people
        # (大连市第十批援巫挂职干部: a batch before, 挂职 before the people; 东台市挂职干部: 挂职 alone)
        self.aid_prefix = staff["aid_prefix"]
        self.work_verbs = tuple(staff["work_verbs"])
        # (北京市第七批东西部协作挂职干部: the programme between the batch and 挂职)
        self.aid_re = re.compile("(?:第[0-9一二三四五六七八九十]{1,3}批)?(?:东西部协作|对口协作|对口支援|对口帮扶)?(?:" +
                                 staff["aid_prefix"] +
                                 "[\u4e00-\u9fff]{1,2}?(?:医疗|教育|农业|技术|骨干|挂职)?|挂职)(?:"
                                 + "|".join(staff["aid_people"]) + ")")
        self.staff_markers = sorted(staff["markers"], key=len, reverse=True)
        self.staff_marker_blockers = staff["marker_blockers"]
        self.spread_words = tuple(staff["spread_words"])
        self.leading_verbs = tuple(staff["leading_verbs"])
        known_fields = sorted(set(rel["funds"]["project_place_fields"] + rel["funds"]["project_fund_fields"] +
                                  rel["funds"]["project_amount_fields"]), key=len, reverse=True)
        self._inline_field = re.compile(r"(?:(?<=[：:，,；;])|^)(" + "|".join(map(re.escape, known_fields)) +
                                        r")(?:为|是)?([^，,；;。：:\n｜|]+)", re.M)
        # (or with no 的 before the people: 坪山区卫生健康局派驻干部吴振宇)
        # (杨浦区选派的援滇干部、香格里拉市委常委…: an aid cadre named by the province helped; 福建省选派的援宁挂职干部、…:
        # both)
        sent_people = "(?:援[疆藏青滇黔桂川渝陕甘宁蒙冀])?(?:挂职|援派|帮扶)?(?:" + "|".join(staff["aid_people"]) + ")"
        self._sent_cadre = re.compile(f"(?:选派|派出|派驻|派来|选派来)(?:的(?:{sent_people})?|{sent_people})")
        self.aid_context_words = tuple(staff["aid_context_words"])
        # (来自惠安县的挂职干部、…; 来自无锡的援青教师、…: named by the province helped, only before a post listed after
        # it: 来自香港的援疆医生陈家豪在莎车县…, where he comes from, is no sending)
        aid_people = "(?:" + "|".join(staff["aid_people"]) + ")"
        self._origin_cadre = re.compile(f"的(?:(?:挂职|援派|帮扶){aid_people}|援[疆藏青滇黔桂川渝陕甘宁蒙冀](?:挂职|援派|帮扶)?"
                                        f"{aid_people}(?=、))")
        self.move_markers = set(staff["move_markers"])
        self.help_markers = set(staff["help_markers"])
        # the verbs that name who helps whom before a sending (对口支援, 组团帮扶…)
        self._staff_sides = self.pairs_directed + sorted(staff["help_verbs"], key=len, reverse=True)
        # (and 向: 其中向黔南州选派198名、向毕节市…: the place sent to sends nothing)
        self._arrivals = tuple(m for m in staff["move_markers"] if m != "来") + ("向",)  # not the 来 of 以来
        self.strong_staff = set(staff["strong_triggers"] + staff["to_place_triggers"])
        # people counted right before 从 (63人次教育人才|从天河来到七星关, 12名医生|从…)
        nouns = "|".join(sorted(map(re.escape, staff["people_nouns"]), key=len, reverse=True))
        self._people_before_from = re.compile(rf"(?:\d+|[一二两三四五六七八九十百]+)(?:名|人次|位|人)"
                                              rf"[\u4e00-\u9fff]{{0,6}}?(?:{nouns})$")
        # a question (…派了多少干部人才？): money or people asked about are not stated (a pairing it presupposes is)
        self._question = re.compile("|".join(map(re.escape, rel["question_words"])) + "|[吗呢][？?]")
        # verbs before a partnership a subject answers to (积极响应A与B…的号召, 围绕A与B结对帮扶工作安排)
        self._answered = re.compile("|".join(map(re.escape, rel["funds"]["answered_verbs"])))
        # a table's column of the money actually put in (2024年实际到位, 到位资金, 完成投资)
        self._actual_column = re.compile("|".join(map(re.escape, rel["funds"]["actual_money_columns"])))
        self._strong_staff_tuple = tuple(self.strong_staff)
        self.staff_markers_tuple = tuple(w for w in staff["markers"] if len(w) >= 2)  # (进驻, 抵达, 来到: not 到 alone)
        self._sending_verbs = tuple(staff["strong_triggers"]) + ("派",)  # (从古镇镇派到…)
        self.visit_words = staff["visit_words"]
        self.labour_nouns = staff["labour_nouns"] + staff["student_nouns"] + staff["patient_nouns"]
        self._workers = tuple(staff["labour_nouns"])
        self.delegation_nouns = staff["delegation_nouns"]
        self._working = re.compile("|".join(map(re.escape, self._longest_first(staff["working_verbs"]))))
        self.own_place_words = frozenset(rel["own_place_words"])
        self.generic_heads = sorted(rules.entities["generic_heads"], key=len, reverse=True)
        self.deciding_bodies = set(rules.entities["deciding_bodies"])
        self.anaphors = rel["anaphors"]
        self._anaphor_re = re.compile("|".join(map(re.escape, sorted(self.anaphors, key=len, reverse=True))))
        self._generic_head_tuple = tuple(self.generic_heads)
        self.own_purse_heads = tuple(rules.relations["funds"]["own_purse_heads"])
        self._self_nouns = tuple(rules.relations["seconds_staff_to"]["self_nouns"])
        self._unnamed_givers = tuple(rules.relations["funds"]["unnamed_givers"])
        # a clause opening with unnamed givers, a count or a place before them (，一批廉江爱心企业还为…, ，滨海新区多家
        # 爱心企业也为…; not A联合辖区12家会员企业，向…: the named body leads them)
        self._unnamed_clause = re.compile(r"[，,；;](?:(?!组织|联合|发动|动员|带领|携手)[\u4e00-\u9fff]){0,7}?(?:"
                                          + "|".join(map(re.escape, self._unnamed_givers)) + ")")
        self._quality = re.compile("(?:" + "|".join(map(re.escape, rules.entities["quality_words"])) + ")+")
        self._gift_verbs = tuple(self.donation_words) + ("援建", "投入", "拨付", "提供")
        # the recipient's verb before the giver (临夏市累计获得思明区…资金)
        self._receiving = re.compile("(?:[0-9]{4}年(?:[0-9]{1,2}月)?)?(?:"
                                     + "|".join(rules.relations["funds"]["receiving_adverbs"]) + "){0,3}(?:"
                                     + "|".join(rules.relations["funds"]["receiving_verbs"]) + ")了?")  # (收到了)
        self.leadership = set(rules.people["region_leadership_titles"])
        # roles of people a body sends (天河中学教师林晓雯): its staff
        self.staff_titles = tuple(sorted(set(rules.people["person_titles"]) | set(rules.people["roles_after_name"]),
                                         key=len, reverse=True))
        self.official_titles = tuple(sorted(rules.people["official_titles"], key=len, reverse=True))
        self.team_suffixes = tuple(staff["team_suffixes"])
        self.school_team_suffixes = tuple(staff["school_team_suffixes"])
        self._division_cities = {key: city for key, _, city in gz.divisions() if city}
        modal = rel["modality"]
        self._hedges = tuple(modal["plan_words"] + modal["negation_words"]) + ("将",)  # (将: see future_jiang_before)
        self._negations = tuple(modal["negation_words"])
        # what keeps a pairing named as a noun from being made (…的结对协议正在磋商中, 结对协议有望于年内签订)
        self._not_made = self._negations + tuple(modal["plan_words"] + modal["pending_words"])
        self._pending = frozenset(modal["pending_words"])
        self._plan_words = tuple(modal["plan_words"])
        self._contracted = tuple(rel["funds"]["contracted"])
        self.not_arrived = tuple(rel["funds"]["not_arrived"])
        self._future_jiang = tuple(modal["future_jiang_before"])
        self._plan_undone = tuple(modal["plan_undone_before"])
        self._pairs_going_on = tuple(modal["pairs_going_on"])
        self._posts_after_jiang = tuple(modal["posts_after_jiang"])
        self._done_words = tuple(modal["done_words"])
        self._pairing_events = tuple(modal["pairing_events"])
        self._both_words = "(?:" + "|".join(map(re.escape, modal["both_sides"])) + ")"
        self._both_denied = re.compile(self._both_words + "(?:之间)?(?:还|仍|也)?(?:"
                                       + "|".join(map(re.escape, modal["negation_words"])) + ")(?:正式)?(?:"
                                       + "|".join(map(re.escape, modal["pairing_events"])) + ")")
        words = "|".join(map(re.escape, modal["plan_headings"]))
        self._attachment = re.compile(r"^[ \t\u3000]*(?:" + "|".join(map(re.escape, modal["attachment_openers"])) + ")",
                                      re.M)
        self._plan_heading = re.compile(rf"^[ \t\u3000]*(?P<mark>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
                                        rf"[^\n。，,；;：:]{{0,16}}?(?:{words})[^\n。，,；;：:]{{0,8}}$", re.M)
        self._told_by = {
            "pairs_with": self._longest_first(set(self.pairs_directed + rel["pairs_with"]["mutual"] + modal["pairs_verbs"])),
            "funds": self._longest_first(set(self.fund_triggers) | self.moneyless_triggers | self.partner_fund_triggers |
                                         self.arranging | set(self.donation_words) | set(modal["funds_verbs"])),
            # (…还计划于今年下半年组织20名医生赴旺苍县开展义诊: going there is the verb; not 2000万至2500万元, 来自)
            "seconds_staff_to": self._longest_first(set(self.staff_triggers) | set(staff["move_markers"]) - {"至", "来"})}
        # the verbs among them, which 将 may stand before as a plan (not 将帮扶资金…拨付: 将 as 把, before a noun)
        self._told_by_verbs = {k: tuple(w for w in v if not w.endswith(("资金", "经费", "金", "款"))) for k, v in
                               self._told_by.items()}

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _longest_first(words) -> list[str]:
        """Words longest first, then in their order: the same on every run (a set's order depends on the process)."""
        return sorted(words, key=lambda w: (-len(w), w))

    def _parties(self, mentions: list[Mention], s: int, e: int) -> list[Mention]:
        """Outermost non-person mentions inside [s, e); a parent region directly before its child is folded in."""
        # national bodies that decide and organise (党中央, 国务院; 按照中央组织部、国家卫生健康委…的部署) are no party to a
        # pairing or a gift; a ministry helping a county itself is (水利部安排城口县…)
        inside = [m for m in mentions if s <= m.start and m.end <= e and m.key and m.type not in ("PERSON", "OFFICIAL")
                  and not (m.attrs.get("national") and (m.text in self.deciding_bodies or self._directing(m, s)))]
        outer = [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end and
                                              (o.end - o.start) > (m.end - m.start) for o in inside)]
        if "“" in self._text[s:e]:
            # (…开展“长宁·金平助学行动”: places inside the quoted name of a campaign are no parties)
            named = [(x.start(), x.end()) for x in self._quoted_campaign.finditer(self._text, s, e)]
            outer = [m for m in outer if not any(a <= m.start and m.end <= b for a, b in named)]
        if "不含" in self._text[s:e] or "不包括" in self._text[s:e]:
            # (…安排援疆资金18.6亿元支持喀什地区（不含深圳市安排部分）: what a note leaves out is no party)
            left_out = [x.span() for x in _LEFT_OUT_NOTE.finditer(self._text, s, e)]
            outer = [m for m in outer if not any(a <= m.start and m.end <= b for a, b in left_out)]
        outer.sort(key=lambda m: m.start)
        folded: list[Mention] = []
        for m in outer:
            if folded and m.type == "REGION" and folded[-1].type == "REGION" and \
                    self._gap(folded[-1], m) in ("", "·") and (self._contains(folded[-1].key, m.key) or
                                                                self._zone_holds(folded[-1].key, m.key) or
                                                                folded[-1].key.startswith("region:?/") and
                                                                m.key.count("/") == 2):
                # 安康市汉滨区: one party, 汉滨区, spanning the whole name (双龙镇十八洞村 too: a township the list
                # lacks, merged since, before a village it has)
                folded[-1] = Mention(folded[-1].start, m.end, m.type, m.text, m.candidates, m.official, m.key, m.attrs)
                continue
            folded.append(m)
        # the writer's own county right before a township or village of it (分别与我县白阳镇、王洼镇), or city before a
        # county (与我市隆阳区、施甸县…), is part of its name
        for k, m in enumerate(folded):
            own = self._text[m.start - 2:m.start]
            if m.type == "REGION" and m.key and own in self.own_place_words and ("/" in m.key or own[1] in "市州") and \
                    m.start - 2 >= s and (k == 0 or folded[k - 1].end <= m.start - 2):
                folded[k] = Mention(m.start - 2, m.end, m.type, m.text, m.candidates, m.official, m.key, m.attrs)
        # a labelled note in brackets right after a party (城阳区第七中学（工作室主持人：刘晓燕）结对…) belongs to it, and so
        # does an organisation's place alone in brackets (江苏华扬智能装备有限公司（江都区）结对…: where the company is)
        text, noted = self._text, []
        for m in folded:
            prev = noted[-1] if noted else None
            if prev is not None and prev.type != "REGION" and m.type == "REGION" and m.start == prev.end + 1 and \
                    text[prev.end] in "（(" and text[m.end:m.end + 1] in "）)":
                noted[-1] = Mention(prev.start, m.end + 1, prev.type, prev.text, prev.candidates, prev.official,
                                    prev.key, prev.attrs)
                continue
            noted.append(m)
        folded = noted
        for k, m in enumerate(folded):
            note = _LABELLED_NOTE.match(text, m.end, e)
            if note and not any(m.end < o.start < note.end() for o in folded):
                folded[k] = Mention(m.start, note.end(), m.type, m.text, m.candidates, m.official, m.key, m.attrs)
        return self._anaphors(folded, s, e)

    def _anaphors(self, parties: list[Mention], s: int, e: int) -> list[Mention]:
        """Parties with the words opening a clause that refer back to an institution named before in the sentence
        (…由A医院牵头组建，该院与B医院结对…): the referring word as a party of the institution's."""
        text = self._text
        found = []
        for m in self._anaphor_re.finditer(text, s, e):
            k, word = m.start(), m.group()
            verb = next((v for v in _SENT_INTO if text.endswith(v, s, k)), None)
            bare = not word.startswith(("该", "这"))
            given_to = text[k - 1:k] in ("向", "为", "给") and k - 1 > s
            # (…，A公司与该村签订结对帮扶协议: the one named before is the partner)
            partnered = not bare and text[k - 1:k] in ("与", "同", "和") and k - 1 > s
            if k > s and text[k - 1] not in "，,；;" and verb is None and not given_to and not partnered:
                continue
            if bare and not given_to and (verb is not None or text[m.end():m.end() + 1] not in _BARE_SUBJECT):
                continue  # (企业家们, 公司董事长: a bare noun refers back only as the subject opening a clause, or given to)
            before = [p for p in parties if p.end <= k and p.type in self.anaphors[word] and
                      (word not in _VILLAGE_WORDS or p.key.count("/") == 2)]
            if given_to and not bare:
                # (…派驻9名专家到围场县医院常驻帮扶，并向该院捐赠…; A与B结对共建，…，并为该校捐赠: the one gone to or
                # paired with in a clause before, not the giver of its own clause)
                clause = max(text.rfind(c, s, k) for c in "，,；;")
                before = [p for p in before if p.end <= clause and text[p.start - 1:p.start] in ("到", "赴", "与", "和", "同")]
            if verb is not None:
                # (…来到A医院，看望B医院派驻该院的6名专家: the one it was sent into, not the sender before the verb)
                before = [p for p in before if p.end != k - len(verb)]
                if len({p.key for p in before}) == 2 and before[0].start == s and verb in _STAYING:
                    # (A与B结成对口帮扶关系，今年已派出7名专家常驻该院: the subject's people stay at the other)
                    before = [p for p in before if p.key != before[0].key]
                if len({p.key for p in before}) != 1:
                    continue  # (A与B…结对，由C选派到该校: which of the two is not said)
            if before:
                ref = before[-1]
                found.append(Mention(k, k + len(word), ref.type, word, ref.candidates, ref.official, ref.key,
                                     ref.attrs))
        return sorted(parties + found, key=lambda m: m.start) if found else parties

    def _directing(self, m: Mention, s: int) -> bool:
        """A body named in "按照/根据…的部署" or "在…指导下": those acting follow it; it is no party."""
        clause = max(max(self._text.rfind(c, s, m.start) for c in "，,；;") + 1, s)
        return bool(_DIRECTING.search(self._text, clause, m.start) or _DIRECTED_BY.match(self._text, m.end))

    def _city_of_division(self, division: Mention, city: Mention) -> bool:
        """兵团第三师图木舒克市: a division of the Corps and the city it governs with, named together (师市合一)."""
        return division.end == city.start and self._governs_with(division, city)

    def _governs_with(self, division: Mention, city: Mention) -> bool:
        """Whether ``city`` is the city the Corps' ``division`` governs with (师市合一)."""
        name = self._division_cities.get(division.key)
        ent = self._entities.get(city.key)
        return bool(name) and ent is not None and ent.attrs.get("official_name") == name

    def _one_place(self, a: Mention, b: Mention) -> bool:
        """A division and the city it governs with (第三师图木舒克市 … 赴图木舒克市): one place, under either name."""
        return self._governs_with(a, b) or self._governs_with(b, a)

    def _clause_break(self, start: int, e: int) -> int:
        """Where the clause running from ``start`` ends: the next ，/；, or ``e``."""
        return min([i for i in (self._text.find(c, start, e) for c in "，,；;") if i >= 0] or [e])

    def _zone_holds(self, zone: str, inner: str) -> bool:
        """A zone named before a township of its city (青岛西海岸新区灵山卫街道): the list of divisions puts the
        township in a county (黄岛区), the zone administers it."""
        z, t = self._entities.get(zone), self._entities.get(inner)
        return bool(z and t and z.attrs.get("level") == "zone" and t.attrs.get("level") in ("township", "village")
                    and z.attrs.get("parent") and self._contains(z.attrs["parent"], inner))

    def _contains(self, outer_key: str, inner_key: str) -> bool:
        if inner_key.startswith(outer_key + "/"):
            return True
        return self.gaz.is_within(inner_key, outer_key) if inner_key.startswith("region:") else False

    def _gap(self, a: Mention, b: Mention) -> str:
        return self._text[a.end:b.start]

    def _noted_gap(self, a: Mention, b: Mention) -> str:
        """The gap without a note in brackets right after ``a`` (苏州大学附属第一医院（苏大附一院）与…)."""
        return _NOTE.sub("", self._gap(a, b), count=1)

    def _modifier(self, m: Mention, e: int, listed_ok: bool = False) -> bool:
        """Followed by a count (汉滨区3所医院) or a generic noun (武进区企事业单位): names an unnamed party.

        With ``listed_ok`` a list closed by 等N家 still names its items as parties (A、B等6家医院对口支援C).
        """
        if m.attrs.get("list_item") is not None:
            return False  # the count after a list belongs to the whole list (A、B、C4家企业)
        after = self._text[m.end:min(e, m.end + 8)]
        lead = "(?:共有|共|有|累计有)?" if listed_ok else "(?:等|共有|共|有|累计有)?"
        if re.match(rf"[0-9{CN_DIGITS}]+对", after) and self._text[m.start - 1:m.start] in ("与", "和"):
            return False  # (…、福清市与彭阳县五对结对县区: the count of the pairs listed, the last one's partner)
        if re.match(rf"{lead}[0-9{CN_DIGITS}]+(?:多|余)?[{self.classifiers}]", after):
            # 从江县、榕江县、麻江县、丹寨县4个县: the count of a list of places is the list's own
            return not (m.type == "REGION" and self._text[m.start - 1:m.start] == "、" and
                        re.match(rf"[0-9{CN_DIGITS}]+个(?:[\u4e00-\u9fff]{{1,3}}族自治)?(?:县|区|市|乡|镇|村|街道|乡镇|县区|县市|旗|州|盟|地区|市州)",
                                 self._text[m.end:min(e, m.end + 12)]) or  # (…、巴马3个瑶族自治县, …六个藏族自治州)
                        # (A、B、C3所名校: the count of a list of schools or hospitals is the list's own)
                        m.type in ("SCHOOL", "HOSPITAL") and self._text[m.start - 1:m.start] == "、" and
                        re.match(rf"[0-9{CN_DIGITS}]+(?:所|家)[\u4e00-\u9fff]{{0,4}}?(?:学校|名校|中学|小学|高中|医院)",
                                 self._text[m.end:min(e, m.end + 12)]))  # (…4家三级医院)
        if _PARTS_COUNTED.match(after):
            return True  # 分别与从江县的6个乡镇签订…: the place's parts, unnamed
        if m.type == "REGION" and after[:1] in ("、", "等", "的") and _LISTED_PLACES_INSTITUTIONS.match(self._text, m.end, e):
            return True  # 与福泉市、瓮安县的2家县级医院开展结对共建: the places' hospitals, unnamed
        counted = re.match(r"(?:两|三|四)(?:地|市|区|县|省)", after)
        if counted and not after[counted.end():].lstrip("的").startswith(self._generic_head_tuple):
            return False  # 中山、东莞两市结对帮扶昭通市: the two cities themselves (but 两地企业: their companies)
        if after.startswith(self.own_purse_heads):
            return False  # 宁波市各级财政: the place's own money, at every level of its government
        if self._text.endswith("来自", 0, m.start) and re.match(r"的[\u4e00-\u9fff]{0,6}?(?:企业|公司)", after):
            return True  # 这家来自花都区狮岭镇的皮具企业…投资: where an unnamed company comes from
        if m.type != "REGION" and after.startswith(_OWN_PEOPLE):
            return False  # 宝安区塘尾学校师生…捐款: an institution's own people give as it does
        # (昭通|县级医院, 天津|优质学校: words of rank before the generic noun)
        return after.startswith(self._generic_head_tuple) or \
            self._text.startswith(self._generic_head_tuple, m.end + self._ranked(m.end, e))

    def _ranked(self, pos: int, e: int) -> int:
        """Length of the words of praise or rank at ``pos`` (县级, 优质), or 0."""
        q = self._quality.match(self._text, pos, e)
        return q.end() - pos if q else 0

    def _group_before(self, parties: list[Mention], pos: int, allow_yu: bool = False) -> list[Mention]:
        """The coordinated group of parties ending nearest before ``pos``."""
        before = [p for p in parties if p.end <= pos]
        if not before:
            return []
        group = [before[-1]]
        for p in reversed(before[:-1]):
            gap = self._gap(p, group[0])
            same_list = p.attrs.get("list_item") is not None and p.attrs.get("list_item") == group[0].attrs.get("list_item")
            if same_list or COORD.match(gap) and (allow_yu or gap not in ("与", "同", "跟")) or \
                    allow_yu and _JOINT_GAP.fullmatch(gap):
                group.insert(0, p)
            else:
                break
        return group

    def _group_after(self, parties: list[Mention], pos: int, limit: int = 2) -> list[Mention]:
        after = [p for p in parties if p.start >= pos]
        if not after or after[0].start - pos > limit:
            return []
        group = [after[0]]
        for p in after[1:]:
            if len(group) == 1 and self._gap(group[-1], p) in ("的", "") and p.type == "REGION" and \
                    group[-1].type == "REGION" and self._contains(group[-1].key, p.key):
                # 对口支援喀什地区的喀什市和塔县, 与广西百色市靖西市、那坡县: the places within the one named first
                group[-1] = p
                continue
            if LIST_COORD.match(self._gap(group[-1], p)) or self._city_of_division(group[-1], p):
                group.append(p)
            else:
                break
        return group

    def _find_all(self, text: str, words: list, s: int, e: int) -> list[tuple[int, int, str]]:
        """Occurrences of trigger words (or compiled patterns) in [s, e), longest first, none inside a name."""
        out = []
        seg = text[s:e]
        taken = None  # the names' spans here, gathered at the first hit (most calls find nothing)
        for w in words:
            if not isinstance(w, re.Pattern) and w not in seg:
                continue  # most trigger words are in no given sentence: skip the regex
            pattern = w if isinstance(w, re.Pattern) else _literal(w)
            for m in pattern.finditer(seg):
                a, b = s + m.start(), s + m.end()
                if taken is None:
                    taken = [span for span in self._inside_names if span[0] < e and s < span[1]]
                if any(x < b and a < y for x, y in taken):
                    continue
                taken.append((a, b))
                out.append((a, b, m.group()))
        return sorted(out)

    # ----------------------------------------------------------------- extract
    def extract(self, text: str, norm: str, mentions: list[Mention], entities: dict[str, Entity]) -> list[Relation]:
        self._text = norm
        self._entities = entities
        # trigger words inside a name (朝阳区对口支援和合作交流办公室) trigger nothing
        self._inside_names = [(m.start, m.end) for m in mentions if m.type not in ("REGION", "PERSON", "OFFICIAL")]
        out: list[Relation] = []
        seen = set()
        rows = self._table_rows(norm)
        staff_rows = self._column_rows(norm, self.table_sender_columns, self.table_receiver_columns)
        partner_rows = self._column_rows(norm, self.table_party_columns, self.table_partner_columns,
                                         both_end=self.table_side_columns, kind_columns=self.table_kind_columns,
                                         place_columns=True)
        gift_rows = self._column_rows(norm, self.table_giver_columns, self.table_recipient_columns)
        planned = self._plan_sections(norm)
        for s, e in sentences(norm):
            parties = self._parties(mentions, s, e)
            evidence = text[s:e]
            found: list[Relation] = []
            if len(parties) >= 2 and s in partner_rows:
                # (南京结对方	商洛结对方: a header names columns, no pair)
                found += self._partner_table_row(partner_rows[s], parties, s, e, evidence) if partner_rows[s] else []
            elif len(parties) >= 2 and s in gift_rows:
                found += self._gift_table_row(gift_rows[s], parties, s, e, evidence) if gift_rows[s] else []
            elif len(parties) >= 2:
                found += self._pairs(parties, s, e, evidence)
                found += self._table_row(rows.get(s), parties, s, e, evidence) or \
                    self._project_line(parties, s, e, evidence) or self._partner_line(parties, s, e, evidence) or \
                    self._dash_item_gift(parties, s, e, evidence) or \
                    self._cell_row(parties, s, e, evidence) or self._gift_dash_line(parties, s, e, evidence) or \
                    self._allocation_line(parties, s, e, evidence) or \
                    self._allocated_list(parties, s, e, evidence) or \
                    self._project_use(parties, s, e, evidence) or self._partner_bracket_line(parties, s, e, evidence) or \
                    self._bracket_fields(parties, s, e, evidence) or self._topic_funds(parties, s, e, evidence) or \
                    self._each_in_place(parties, s, e, evidence) or self._funds(parties, s, e, evidence)
                each = self._each_to_partner(found, parties, s, e, evidence)
                if each:  # (…分别向结对镇拨付…30万元、25万元: each its own partner, whatever else the words suggest)
                    found = [r for r in found if r.type != "funds"] + each
                found += self._each_sends_to_partner(found, parties, s, e, evidence)
                parts = self._part_used_for(found, parties, s, e, evidence)
                if parts:  # (each part its own amount, whatever another rule read for it)
                    found = [r for r in found if not (r.type == "funds" and (r.head, r.tail) in
                                                      {(p.head, p.tail) for p in parts})] + parts
                if not any(r.type == "funds" for r in found):
                    found += self._allocated_list(parties, s, e, evidence, parts=True) or \
                        self._companies_brought_in(parties, s, e, evidence) or \
                        self._share_of_total(parties, s, e, evidence)
                received = self._received(parties, s, e, evidence)
                if received:  # (told from the recipient's side: no gift the other way round)
                    # (nor the same gift twice: 迭部县累计接受西青区…资金1.06亿元 found both ways is one 1.06亿元)
                    turned = {(r.tail, r.head) for r in received} | {(r.head, r.tail) for r in received}
                    found = [r for r in found if not (r.type == "funds" and (r.head, r.tail) in turned)] + received
                given = {(r.head, r.tail) for r in found if r.type == "funds"}
                found += [r for r in self._told_after(parties, s, e, evidence) if (r.head, r.tail) not in given]
                found += self._more_recipients_listed(found, parties, s, e, evidence)
                if not any(r.type == "funds" for r in found):
                    found += self._paired_line_amount(found, parties, s, e, evidence) or \
                        self._gift_after_pairing(found, parties, s, e, evidence)
            row = staff_rows.get(s)
            found += self._staff_table_row(row, parties, mentions, s, e, evidence) if row else \
                self._staff(parties, mentions, s, e, evidence)
            if row is None and len(parties) >= 2 and not any(r.type == "seconds_staff_to" for r in found):
                found += self._topic_staff(parties, s, e, evidence) or self._senders_after_colon(parties, s, e, evidence)
            found = self._sends_as_well(found, parties, s, e, evidence)
            found = self._leading_figure(found, s)
            found = self._corrected_figures(found, s, e)
            if len(parties) >= 2 and not any(r.type == "funds" for r in found):
                found += self._gave_where_sent(found, parties, s, e, evidence)
            if len(parties) >= 2:
                found += self._since_helping(found, parties, s, e, evidence)
            found = [r for r in found if not self._hedged(r, parties, s, e)]
            if self._both_denied.search(norm, s, e):
                found = [r for r in found if r.type != "pairs_with"]  # (…，但双方尚未建立结对帮扶关系)
            if any(a <= s < b for a, b in planned) and not any(w in norm[s:e] for w in self._done_words):
                # (五、下一步工作 …: plans; but 巩固A与B的结对成果 goes on, 做好A对口支援B有关工作 names one made)
                found = [r for r in found if r.type == "pairs_with" and (
                    any(g in norm[s:e] for g in self._pairs_going_on) or
                    not any(w in norm[s:e] for w in self._pairing_events))]
            if self._question.search(norm, s, e) and norm[s:e].rstrip().endswith(("？", "?")):
                found = [r for r in found if r.type == "pairs_with"]  # (问：广东向贵州派了多少干部人才？: asked, not told)
            for r in _added_up(found):
                # a sentence repeated word for word (a paragraph a page carries twice) states its facts once
                ident = (r.type, r.head, r.tail, r.evidence, r.amount_cny, r.headcount)
                # (nor does a body give to or send to its own place: 泸县县委 and 泸县; nor a place send staff to
                # its own body, 邳州市 to 邳州市人民医院 where the west's nurses go to learn, or give to it, but for its
                # own company at work in the west: 福建省…向泉鸿鞋业兑现吸纳就业补贴)
                if r.head != r.tail and not self._based_in(r.head, r.tail) and ident not in seen and not (
                        self._based_in(r.tail, r.head) and (r.type == "seconds_staff_to" or
                                                            self._entities[r.tail].type != "ENTERPRISE")) and \
                        not (r.type == "funds" and self._western_townships(r.head, r.tail)):
                    seen.add(ident)
                    if r.type == "seconds_staff_to" and r.headcount is None and len(r.secondees) >= 2:
                        r = replace(r, headcount=len(r.secondees))  # (派出副主任医师孙建军、护士长刘晓燕: two)
                    out.append(r)
        return out

    def _plan_sections(self, text: str) -> list[tuple[int, int]]:
        """The sections under a numbered heading naming the plans ahead (五、下一步工作打算), each up to the next
        heading numbered the same way (六、…), an attachment (附件：…) or the end of the text."""
        out = []
        for m in self._plan_heading.finditer(text):
            nxt = (_HEADING_NUMBERED if m.group("mark").endswith("、") else _HEADING_BRACKETED).search(text, m.end())
            attached = self._attachment.search(text, m.end())
            out.append((m.start(), min(nxt.start() if nxt else len(text), attached.start() if attached else len(text))))
        return out

    def _hedged(self, r: Relation, parties, s: int, e: int) -> bool:
        """Whether, between every mention of ``r``'s head and every one of its tail (from the clause of the first to
        that of the last), every verb telling ``r`` is a plan or denied (还将选派, 并未向…拨付, 将与…签订; see
        ``[modality]`` in relations.toml). A stretch with no such verb tells nothing (佛山市与正安县并无…结对关系，但在
        佛山务工的正安籍群众…: the second pair of mentions); none with one, nothing is denied: the relation stays."""
        text = self._text
        # a party named inside another name counts where it stands (苏州市对口帮扶铜仁工作队领队、挂职铜仁市委常委…)
        heads = [p for p in parties if p.key == r.head]
        tails = [p for p in parties if p.key == r.tail]
        # (or a government standing for its place: …与花垣县人民政府签订投资协议，计划投资… gives to 花垣县)
        heads = heads or [p for p in parties if p.type == "GOVERNMENT" and self._place_of(p.key) == r.head]
        tails = tails or [p for p in parties if p.type == "GOVERNMENT" and self._place_of(p.key) == r.tail]
        heads += self._named_inside(heads, s, e)
        tails += self._named_inside(tails, s, e)
        told = False
        marked = []  # markers before the head (below)
        for h in heads:
            for t in tails:
                first, last = min(h.start, t.start), max(h.end, t.end)
                start = max(max(text.rfind(c, s, first) for c in "，,；;。") + 1, s)
                end = self._clause_break(last, e)
                while end < e and text[end] in "，," and not any(end < p.start <= end + 9 for p in parties):
                    # (…计划援助临沧市财政资金2.45亿元，目前已到位1.82亿元: clauses naming no one go on with it)
                    end = self._clause_break(end + 1, e)
                verbs = self._find_all(text, self._told_by[r.type], start, end)
                if r.type == "seconds_staff_to":
                    # (挂职玉树州副州长的…，北京方面还将组织玉树州50名基层医生到北京进修: a marker before the head names
                    # it as where one went, telling no sending by it, unless no other verb is found)
                    kept = [v for v in verbs if not (v[2] in self.staff_markers and any(v[1] == m.start for m in heads))]
                    marked += [v for v in verbs if v not in kept]
                    verbs = kept
                # (A与B的结对协议因人员调整暂未签订, …的结对帮扶协议目前仍在协商中，尚未正式签订, A与B的结对共建目前
                # 仍在对接中, …，结对协议有望于今年上半年签订: the pairing named as a noun, denied or still pending after it)
                # (…签订了肉牛全产业链项目投资意向书: a verb naming a document gives nothing)
                if not verbs:
                    a, b = sorted((h, t), key=lambda m: m.start)
                    if r.type == "pairs_with" and _JOINED_GAP.fullmatch(text, a.end, b.start):
                        return False  # (…实际签约的只有织里镇与羊木镇: the two joined, the verb before them)
                    continue
                told = True
                if not all(self._hedge_before(x, s, parties, r.type) or (
                        r.type == "funds" and text.startswith(self.fund_documents, y)) or (
                        _NOUN_AFTER_DE.search(text, max(s, x - 8), x) or w.endswith(_AGREEMENT_NOUNS) or
                        text.startswith(_AGREEMENT_NOUNS, y))
                        and self._not_made_after(y, end) for x, y, w in verbs):
                    return False
        if not told and marked:  # (让更多莎车的医护人员来上海学习，也让更多上海的专家到莎车去: the marker is all there is)
            return all(self._hedge_before(x, s, parties, r.type) for x, _, _ in marked)
        return told

    def _not_made_after(self, y: int, end: int) -> bool:
        """Whether the pairing named as a noun ending at ``y`` is then said not made: still pending (正在磋商中), or
        a negation or plan word before a pairing event (尚未启动, 有望于…签订; not 工作拟表彰对象: another plan)."""
        text = self._text
        for n in self._not_made:
            i = text.find(n, y, end)
            if i >= 0 and (n in self._pending or any(v in text[i + len(n):min(end, i + len(n) + 10)]
                                                      for v in self._pairing_events)):
                return True
        return False

    def _named_inside(self, mentions: list[Mention], s: int, e: int) -> list[Mention]:
        """Where the words of ``mentions`` are written inside the name of something else between ``s`` and ``e``."""
        out = []
        for word in {m.text for m in mentions}:
            i = self._text.find(word, s, e)
            while i >= 0:
                if any(a <= i and i + len(word) <= b and (a, b) != (i, i + len(word)) for a, b in self._inside_names):
                    out.append(Mention(i, i + len(word), mentions[0].type, word, key=mentions[0].key))
                i = self._text.find(word, i + 1, e)
        return out

    def _hedge_before(self, x: int, s: int, parties, rtype: str) -> bool:
        """Whether a plan or negation word stands before the verb at ``x`` in its clause (还将选派…到B, 将与B签订), a
        partnership not said to go on after it (将继续深化与B的协作: what goes on is); a clause whose subject is
        unnamed goes on with the clause before (计划再安排…资金，重点支持B; …，新选派…赴B)."""
        text = self._text
        going_on = self._pairs_going_on if rtype == "pairs_with" else ()
        clause = max(max(text.rfind(c, s, x) for c in "，,；;。：:") + 1, s)
        for w in self._hedges:
            i = text.find(w, clause, x)
            while i >= 0:
                after = i + len(w)
                if x - after <= 30 and not text.endswith(self._plan_undone, clause, i) and \
                        not any(a <= i < b for a, b in self._inside_names) and (  # (…计划生育服务中心)
                        text[after:after + 1] not in "”》\"") and (  # (发起“格桑花助学计划”: a programme's name)
                        w not in ("将", "未") or after == x or text.startswith(self._future_jiang, after) or
                        any(text.startswith(v, after) and not text.startswith(("资金", "经费", "款", "物资"), after + len(v))
                            for v in self._told_by_verbs[rtype])) and \
                        not (w == "将" and text.startswith(self._posts_after_jiang, after)) and \
                        not any(g in text[after:x] for g in going_on):
                    return True
                i = text.find(w, after, x)
        # (…还将投入300万元，在思林镇援建…: a place after a preposition is where it is done, no new subject)
        if clause > s and text[clause - 1] in "，," and not any(clause <= p.start <= clause + 8 and p.end <= x and
                                                                not text.startswith(_PLACE_PREPOSITIONS, clause)
                                                                for p in parties) and \
                not any(w in text[clause:x] for w in self._done_words):  # (…计划援助…，目前已到位1.82亿元: done)
            return self._hedge_before(clause - 1, s, parties, rtype)
        return False

    # ------------------------------------------------------------------- pairs
    def _pairs(self, parties, s, e, evidence) -> list[Relation]:
        text = self._text
        parties = [self._titled_place(p) for p in parties]
        found: set[tuple[str, str]] = set()
        usable = [p for p in parties if not self._modifier(p, e, listed_ok=True)]
        separately = "分别" in text[s:e]
        subjects_used: set[int] = set()  # parties already paired as subjects of a directed trigger
        last_subjects: list[Mention] = []  # the subjects of the directed trigger before
        went_on: list[tuple[Mention, int]] = []  # a directed trigger's one subject and where its objects end
        objects_used: set[int] = set()  # and the objects listed after it (上海市对口支援万州区和夷陵区: no 万州区–夷陵区)
        # "A(、B) <directed trigger> C(、D)"
        for a, b, w in self._find_all(text, self.pairs_directed, s, e):
            carried_from = None
            # "由结对帮扶元阳县的上海市闵行区…": the one who pairs stands after 的
            objects = self._group_after(parties, b)
            helper = [p for p in usable if p.start == objects[-1].end + 1] \
                if objects and text[objects[-1].end:objects[-1].end + 1] == "的" else []
            if helper and not re.search(r"[，,；;。]", text[b:objects[-1].end]):
                found.update((helper[0].key, y.key) for y in objects if y in usable)
                continue
            subjects = self._group_before(parties, a, allow_yu=True)
            if subjects and last_subjects and all(id(p) in objects_used for p in subjects) and \
                    re.fullmatch(r"(?:和|及|以及|、)(?:承担|负责)?", text[subjects[-1].end:a]):
                # 对口支援库车市、比如县和对口合作延边州: the subject of the trigger before goes on
                subjects = carried_from = last_subjects
            # 由济南市结对临夏州、青岛市结对定西市: the object of the trigger before is no subject of this one
            if subjects and last_subjects and all(id(p) in objects_used for p in subjects) and \
                    text[subjects[-1].end:subjects[-1].end + 1] in ("，", ",") and \
                    (_GOES_ON.fullmatch(text, subjects[-1].end + 1, a) or subjects[-1].end + 1 == a):
                # (上海市自1994年起对口支援日喀则市，目前对口支援江孜县…: the subject before goes on; 北京市对口支援和田地区，
                # 结对和田市、和田县…: with no adverb too)
                subjects = carried_from = last_subjects
            subjects = [p for p in subjects if id(p) not in objects_used] or subjects[-1:]
            gap = text[subjects[-1].end:a] if subjects else ""
            if not carried_from and (not subjects or len(gap) > 4 and not _MORE_LISTED.fullmatch(gap)
                                     and not any(g.fullmatch(gap) for g in self.subject_gaps)):
                clause = max(max(text.rfind(c, s, a) for c in "，,") + 1, s)
                # (or the party opening the clause before: A继续与B开展东西部协作，同时新增结对帮扶C)
                goes_on = _GOES_ON.fullmatch(text, clause, a)
                prev = max(max(text.rfind(c, s, clause - 1) for c in "，,") + 1, s)
                prev = self._item_lead.match(text, s).end() if prev == s else prev  # (——A派出…，对口支援B)
                opener = [p for p in usable if clause > s and p.start == prev] if not last_subjects else []
                # (A派出4名医生，对口支援B: the trigger opens the clause after one whose only party is its subject)
                goes_on = goes_on or a == clause and opener and not any(
                    opener[0].end <= p.start and p.end < clause for p in usable) or \
                    a == clause and last_subjects and clause > s  # (A对口支援B，结对C、D: the subject before goes on)
                opener = opener if goes_on else []
                if (last_subjects or opener) and goes_on:
                    # "A对口支援B的第30年，也是对口支援C和D的第15年": the same subject goes on (…，目前对口支援C、D;
                    # …，同时承担对口支援E的任务)
                    subjects = last_subjects or opener
                    if len(subjects) == 2 and self._gap(subjects[0], subjects[1]) in ("与", "和", "同") and \
                            {self._side(subjects[0]), self._side(subjects[1])} == {"east", "west"}:
                        # (奉贤区与大理州结对，重点对口协作永平县、云龙县…: the eastern one of the pair goes on)
                        subjects = [q for q in subjects if self._side(q) == "east"]
                    carried_from = subjects
                else:
                    # the objects of a trigger whose subject is not named are not partners of each other
                    objects_used.update(id(y) for y in self._group_after(parties, b))
                    continue  # the subjects stand right before the trigger ("A、B等6家医院对口支援C" too)
            last_subjects = subjects
            # (对口支援当时的山南地区: the place by its name of the time)
            objects = self._group_after(parties, b + len(_AT_THE_TIME.match(text, b).group()))
            # (对口支援新疆克孜勒苏柯尔克孜自治州首府阿图什市: the capital named after its prefecture)
            objects = [next((q for q in usable if q.start == o.end + 2), o)
                       if text.startswith(_SEAT_WORDS, o.end) else o for o in objects]
            # …、青岛市结对定西市: a listed party followed by the trigger again starts the next pair
            # (…对口支援果洛州和国家电网|定点帮扶…, 天津对口支援和华能|帮扶: one who helps on its own, no object)
            cut = next((k for k, o in enumerate(objects) if k and text.startswith(self._directed_tuple, o.end) or
                        text.startswith(self.helping_after_object, o.end)), None)
            objects = objects[:cut] if cut is not None else objects
            if objects and re.search(r"[，,；;。]|[”」][ \t\u3000]", text[b:objects[0].start]):
                # 开展对口协作，闽宁镇…: the next clause's subject is no object (nor the next part of a headline:
                # …“镇镇结对” 白马村迎来…)
                objects = []
            if objects and text.endswith("是", s, subjects[0].start) and _ONE_OF.match(text, b):
                # (莎车县是上海市对口支援新疆的四个县之一, …是天津市对口支援的和田地区三县之一: the place between is
                # where the counties are, the sentence's subject is the one)
                objects = []
            if not objects:
                objects = self._passive_object(parties, subjects[0])  # 奉节县，则由江苏省对口支援
            if not objects and text[b:b + 1] == ")":
                objects = self._bracketed_object(parties, subjects[0], b)  # 东乡县（厦门市思明区对口帮扶）
            if not objects and text.endswith("是", s, subjects[0].start) and not (
                    len(subjects) == 2 and re.fullmatch(r"两(?:地|市|县|区|省|省区|省市|州|盟|旗)", text[subjects[-1].end:a])):
                # (not "…，是南通、辽阳两地对口合作…的缩影": the two places are the pair)
                # "江孜县位于…，是上海市对口支援的五个县之一": the sentence's subject is the object (or the party right
                # before 是: 会议指出，日喀则是上海、山东两省市…对口支援的重点地区)
                # (the party right before 是 first: …已走过三十年，江孜是上海对口支援的五个县之一)
                objects = [p for p in parties if p.end == subjects[0].start - 1] or \
                    [p for p in parties[:1] if p.start - s <= 2 and p.end < subjects[0].start]
            subjects = [p for p in subjects if p in usable]
            objects = [p for p in objects if p in usable]
            if subjects and objects:  # 大连市民营企业结对帮扶…: the subject is inside a name, not a party
                if not carried_from:  # (one carried on stays free for the clause it opens)
                    subjects_used.update(id(x) for x in subjects)
                objects_used.update(id(y) for y in objects)
                if len(subjects) == 1:
                    went_on.append((subjects[0], objects[-1].end))
                if "分别" in text[subjects[-1].end:a] and len(subjects) == len(objects) > 1:
                    found.update((x.key, y.key) for x, y in zip(subjects, objects))  # A、B分别对口帮扶C、D
                    continue
                if len(subjects) > 1 and len(objects) > 1:
                    continue  # "A、B结对帮扶C、D": who pairs with whom is not said
                for x in subjects:
                    for y in objects:
                        found.add((x.key, y.key))
            elif len(subjects) == 2 and self._gap(subjects[0], subjects[1]) in ("与", "和", "同", "跟", "·", "—") \
                    and not separately:
                found.add((subjects[0].key, subjects[1].key))
        # "松潘县是温州市瑞安市的结对帮扶县": the sentence's subject and the party after 是 … 的 <trigger>
        first = usable[0] if usable and (usable[0].start - s <= 2 or text[usable[0].start - 1] in "，," and
                                         usable[0].start - s <= 8) else None  # (据悉，松潘县是…)
        for p in usable:
            # (普安县所在的黔西南州，是宁波市…的结对地区: the party right before "，是" is its subject)
            subject = next((q for q in usable if q.end < p.start and re.fullmatch(r"[，,]?(?:也|还|同时也|则)?是",
                                                                                  text[q.end:p.start])), first)
            if subject is not None and p is not subject and text.endswith("是", s, p.start) and (
                    text.startswith("的", p.end) and text.startswith(self._directed_tuple, p.end + 1) or
                    _PARTNER_OF.match(text, p.end)):  # (…，也是山东省济南市章丘区东西部协作结对县)
                found.add((p.key, subject.key))
        # "作为A的结对县，B…": B is A's partner
        for a, b in pairwise(usable):
            if text.endswith("作为", s, a.start) and _PARTNER_AS.fullmatch(text, a.end, b.start):
                found.add((a.key, b.key))
        # "A 与/和 B … <mutual trigger>"
        # (…车费由粤桂协作资金承担: money named by the partnership states no pairing of those before it; nor with
        # another partnership and its level: 江苏省和北京、天津…共向我省安排东西部协作和对口支援财政资金…)
        triggers = [t for t in self._find_all(text, self.pairs_mutual, s, e) if not _MONEY_OF_PARTNERSHIP.match(text, t[1])]
        if triggers:
            joined = self._joined_pairs(usable, [p for p in parties if id(p) not in subjects_used], s, e, triggers,
                                        separately)
            listed = {p.key for p in parties if id(p) in objects_used}
            found |= {(x, y) for x, y in joined if not (x in listed and y in listed)}
            found |= self._topic_pairs(usable, s, e, triggers)
            found |= self._carried_pairs(usable, went_on, e, triggers)
            found |= self._counted_back_pairs(usable, s, e, triggers)
            found |= self._both_named_before(usable, s, e, triggers)
            found |= self._relative_partner_pairs(usable, s, e, triggers)
        found |= self._adjacent_pairs(usable, s, e) | self._dui_pairs(usable, s, e) | self._both_named_after(usable, s, e)
        found |= self._as_partner_pairs(usable, s, e) | self._counted_partner_pairs(parties, usable, s, e)
        found |= self._since_pairs(usable, s, e) | self._partner_area_visited(usable, s, e)
        found |= self._included_pairs(usable, s, e)
        found |= self._under_help_pairs(usable)
        found |= self._pair_line(usable, s, e) or self._dash_item_pair(usable, s, e)
        found |= self._colon_pair_list(usable, s, e) or self._pairs_then_verb(usable, s, e)
        found |= self._field_partner_pair(usable, s, e)
        if triggers:
            found |= self._both_sides_pairs(usable, s, triggers)
            found |= self._with_it_pairs(usable, s, e)
        rels, paired = [], set()
        for x, y in sorted(found):
            if x == y or self._contains(x, y) or self._contains(y, x) or self._based_in(x, y) or self._based_in(y, x) \
                    or self._same_city_units(x, y) and not self._paired_outright(x, y, parties) \
                    or frozenset((x, y)) in paired:  # (undirected: found both ways by two rules, one fact)
                continue
            paired.add(frozenset((x, y)))
            rels.append(Relation("pairs_with", x, y, evidence, s, e))
        return rels

    def _relative_partner_pairs(self, usable, s, e, triggers) -> set[tuple[str, str]]:
        """"与B开展东西部协作的A": the party after 的 (the last of the places written as one name, 江苏省无锡市滨湖区)
        pairs with those after 与 before the trigger."""
        text = self._text
        out = set()
        for a, b, _ in triggers:
            if text[b:b + 1] != "的":
                continue
            first = next((p for p in usable if p.start == b + 1), None)
            clause = max(max(text.rfind(c, s, a) for c in "，,；;。") + 1, s)
            yu = max(text.rfind("与", clause, a), text.rfind("同", clause, a))
            if first is None or yu < 0:
                continue
            group = self._group_after(usable, yu + 1, limit=0)
            if group and group[-1].end <= a and re.fullmatch(self._relative_gap, text[group[-1].end:a]):
                out |= {(self._written_on(first, usable).key, g.key) for g in group}
        return out

    @staticmethod
    def _written_on(first: Mention, parties) -> Mention:
        """The last of the places written on after ``first`` as one name (江苏省|无锡市|滨湖区 → 滨湖区)."""
        last = first
        while (nxt := next((p for p in parties if p.start == last.end and p.type == "REGION"), None)) is not None:
            last = nxt
        return last

    def _item_opening(self, s: int, first: Mention) -> bool:
        """Whether only a list item's number or bullet stands before ``first`` on its line (3. A—B, ◆A—B：…)."""
        return bool(_ROW_NUMBER.fullmatch(self._text, s, first.start) or
                    self._item_lead.fullmatch(self._text, s, first.start))

    def _adjacent_pairs(self, usable, s, e) -> set[tuple[str, str]]:
        """Two places written one right after the other, one of each side, then a word of pairing ("淄博尖扎携手",
        "福清西吉结对帮扶以来"): the two pair."""
        text = self._text
        out = set()
        titles = [m.span() for m in _BOOK_TITLE.finditer(text, s, e)] if "《" in text[s:e] else []
        for a, b in pairwise(usable):
            if a.end == b.start and a.type == b.type == "REGION" and not any(x < a.start < y for x, y in titles) and \
                    {self._side(a), self._side(b)} == {"east", "west"} and \
                    any(t[0] == b.end for t in self._find_all(text, self.pairs_directed + self.pairs_mutual, b.end, e)):
                out.add((a.key, b.key))
        return out

    def _dui_pairs(self, usable, s, e) -> set[tuple[str, str]]:
        """Pairs listed as "A对B", two or more in a row, after the sentence has told of pairing ("闵行区有9个镇和施甸的
        乡镇结了对，七宝镇对甸阳镇、浦江镇对由旺镇、马桥镇对姚关镇"): each A pairs with its B, one of each side."""
        text = self._text
        items = [(a, b) for a, b in pairwise(usable) if text[a.end:b.start] == "对" and a.type == b.type and
                 {self._side(a), self._side(b)} == {"east", "west"}]
        run = [items[0]] if items else []
        for x, y in pairwise(items):
            if re.fullmatch(r"[、，,；;]", text[x[1].end:y[0].start]):
                run.append(y)
            elif len(run) < 2:
                run = [y]
            else:
                break
        if len(run) < 2 or not self._find_all(text, self.pairs_directed + self.pairs_mutual, s, run[0][0].start):
            return set()
        return {(a.key, b.key) for a, b in run}

    def _both_named_after(self, usable, s, e) -> set[tuple[str, str]]:
        """"两院自2021年结对以来，A已…向B派出…": the two of the opening word (两院, 两校, 两地) paired, named after it
        in the sentence (the first two of their kind, one of each place)."""
        text = self._text
        m = _BOTH_OPENING.match(text, s, e)
        if not m:
            return set()
        kinds = {"院": ("HOSPITAL",), "校": ("SCHOOL",), "地": ("REGION",)}[m.group(1)[1]]
        after = [p for p in usable if p.start >= m.end() and p.type in kinds]
        first = after[:1]
        second = [p for p in after[1:] if first and p.key != first[0].key and not self._local(p.key, self._place_of(
            first[0].key) or "") and not self._local(first[0].key, self._place_of(p.key) or "")][:1]
        if not first or not second or kinds == ("REGION",) and \
                {self._side(first[0]), self._side(second[0])} != {"east", "west"}:
            return set()
        return {(first[0].key, second[0].key)}

    def _pair_line(self, usable, s, e) -> set[tuple[str, str]]:
        """A line "A——B" alone under a line that announces pairs (此次签约的6对结对乡镇分别是：), or under more
        such lines."""
        text = self._text
        if len(usable) < 2 or not self._item_opening(s, usable[0]):
            return set()
        gap = self._gap(usable[0], usable[1])
        barred = bool(_BAR.fullmatch(gap))  # (1 | 杭州市余杭区文昌高级中学 | 苍溪县城郊中学 | 高中)
        rest = text[usable[-1].end:e]
        if (_BAR_CELLS.fullmatch(rest.rstrip("；;。，, \n")) is None if barred else rest.strip("；;。，, \n")):
            return set()
        # (or lines "1.A与B；", numbered or not, under a line announcing pairs: 本学期新增结对学校4对：)
        joined = gap == "与"
        dashed = _DASH.fullmatch(gap.strip(" \t\u3000")) or joined  # (杨舍镇 ⇌ 中界镇)
        # (or a table's row: 1　海曙区　昭觉县, the second cell perhaps a list: 5　鄞州区　布拖县、美姑县)
        listed = all(self._gap(a, b) == "、" for a, b in pairwise(usable[1:]))  # (东昌府区——汉葭街道、郁山镇)
        spaced = (barred or re.fullmatch(r"[ \t\u3000]+", gap)) and listed
        if not dashed and not spaced or dashed and len(usable) != 2 and not (listed and not joined):
            return set()
        line_start = text.rfind("\n", 0, s)
        while line_start > 0:
            above = text.rfind("\n", 0, line_start) + 1
            before = text[above:line_start].strip()
            # (found in the text itself: the names that mask triggers are placed in it, not in the line)
            announced = self._find_all(text, self.pairs_mutual, above, line_start)
            if announced and (before.endswith(("：", ":")) or _PAIR_LIST_TITLE.search(before)):
                return {(usable[0].key, b.key) for b in usable[1:]}
            if (before or spaced and not barred) and not (
                    _DASH_LINE.fullmatch(before) or joined and _JOINED_LINE.fullmatch(before) or
                    spaced and _TABLE_ROW.fullmatch(before) or
                    barred and len(_BAR.findall(before)) >= 2):
                # (blank lines may stand between dashed lines and the line announcing them; not between a table and
                # the names signing the notice under it)
                return set()
            line_start = text.rfind("\n", 0, line_start)
        return set()

    def _field_partner_pair(self, usable, s, e) -> set[tuple[str, str]]:
        """A line opening with a place and a colon whose field names its partner: "一、长坝镇花桥村：实施…；资金来源：…；
        结对镇街：即墨区田横镇。" → the partner pairs with the place."""
        text = self._text
        m = self._place_item.match(text, s, e)
        if m is None or not any(f in text[s:e] for f in self.partner_fields):
            return set()
        head = [p for p in usable if m.start("name") <= p.start and p.end <= m.end("name")]
        fields = self._fields(m.end(), e)
        span = next((fields[f] for f in self.partner_fields if f in fields), None)
        partner = [p for p in usable if span[0] <= p.start and p.end <= span[1]] if span else []
        if not head or head[-1].end != m.end("name") or not partner:
            return set()
        return {(partner[-1].key, head[-1].key)}

    def _dash_item_gift(self, parties, s, e, evidence) -> list[Relation]:
        """An item "A—B：…" of a list of pairs (see :meth:`_dash_item_pair`) whose clauses after the colon give with no
        giver named (◆A公司—安沟镇高楼村：订单收购黄花菜，捐赠烘干设备价值35万元): the first gives the second what they state,
        added up."""
        text = self._text
        colon = min((i for i in (text.find("：", s, e), text.find(":", s, e)) if i >= 0), default=-1)
        if colon < 0 or not _DASH.search(text, s, colon):
            return []  # (most sentences hold no dash before a colon)
        pair = self._dash_item_pair([p for p in parties if not self._modifier(p, e, listed_ok=True)], s, e)
        if len(pair) != 1:
            return []
        (giver, recipient), = pair
        money = []
        for m in re.finditer(r"[^，,；;。]+", text[colon + 1:e]):
            a, b = colon + 1 + m.start(), colon + 1 + m.end()
            verb = _DASH_ITEM_GIVING.match(text, a + len(_PROJECT_ADVERB.match(text, a).group()))
            if verb is None or any(a <= p.start < b for p in parties):
                continue  # (订单收购…: bought, not given; a party named in the clause gives or gets on its own)
            money += [mo for mo in find_money(text[verb.end():b], verb.end()) if mo.amount is not None][:1]
        if not money:
            return []
        who = next(p for p in parties if p.key == giver)
        return [Relation("funds", giver, recipient, evidence, s, e, amount_cny=sum(mo.amount for mo in money),
                         approx=any(mo.approx for mo in money), year=find_year(text[s:e]),
                         kind=self._kind([who], text[s:e]))]

    def _dash_item_pair(self, usable, s, e) -> set[tuple[str, str]]:
        """An item of a numbered list opening with "A—B：" under a heading that announces pairs, the items between
        (三、村村结对及2025年帮扶事项 / （五）华亭镇毛桥村—马鞍底乡地西北村：毛桥村安排帮扶资金12万元…), or a line of
        just the two under such a heading (三、街道（镇）结对 / 丰台区卢沟桥街道——科右中旗巴彦呼舒镇)."""
        text = self._text
        if len(usable) < 2 or not self._item_opening(s, usable[0]):
            return set()
        # (or a line of just the two, each written with the places it lies in: 丰台区卢沟桥街道——科右中旗巴彦呼舒镇)
        k = next((i for i in range(len(usable) - 1) if _DASH.fullmatch(self._gap(usable[i], usable[i + 1]))), None)
        if k is None or any(usable[i].end != usable[i + 1].start for i in range(k)):
            return set()
        j = k + 1
        while j + 1 < len(usable) and usable[j].end == usable[j + 1].start:
            j += 1
        after = text[usable[j].end:e]
        bare = not after.strip(" \u3000\t。；;")
        # (the second with the places it lies in: …—安沟镇高楼村：)
        if not (k == 0 and text.startswith(("：", ":"), usable[j].end) or bare):
            return set()
        line_start = text.rfind("\n", 0, s)
        while line_start > 0:
            above = text.rfind("\n", 0, line_start) + 1
            line = text[above:line_start]
            heading = _SECTION_HEADING.match(line) or line.rstrip().endswith(("：", ":"))  # (部分结对企业及帮扶项目：)
            if line.strip() and not heading and not (_NUMBERED_ITEM.match(line) or self._bullet_line.match(line)) and \
                    not (bare and _DASH_LINE.fullmatch(line.strip())):
                return set()  # (no heading above the list)
            if line.strip() and heading:
                if self._find_all(text, self.pairs_mutual, above, line_start):
                    return {(usable[k].key, usable[j].key)}
                return set()
            line_start = above - 1
        return set()

    def _with_it_pairs(self, usable, s, e) -> set[tuple[str, str]]:
        """"A向B赠送了…，并与其签订结对帮扶协议": 其 is the one the clause before named last; A, the part's first party,
        pairs with it."""
        text = self._text
        m = _WITH_IT.search(text, s, e)
        if m is None:
            return set()
        part = max(max(text.rfind(c, s, m.start()) for c in "；;") + 1, s)
        before = [p for p in usable if part <= p.start and p.end <= m.start()]
        # (one party twice, or a place and one inside it: dropped with every pair in _pairs)
        return {(before[0].key, before[-1].key)} if len(before) >= 2 else set()

    def _both_sides_pairs(self, usable, s, triggers) -> set[tuple[str, str]]:
        """"A院长…一行来到B，…，两院签订《…对口协作框架协议》": the two named before the words for both of them
        (两院, 两地, 双方) that open the pairing's clause pair with each other."""
        text = self._text
        for a, _, _ in triggers:
            clause = max(max(text.rfind(c, s, a) for c in "，,；;") + 1, s)
            if clause == s or not re.match(self._both_words + r"(?:之间)?(?:还|也|又|正式|共同)?(?:签订|签署|结成|建立)",
                                           text[clause:a + 4]):
                continue
            before = {p.key: p for p in usable if p.end <= clause}
            if len(before) == 2:
                x, y = before.values()
                if not self._contains(x.key, y.key) and not self._contains(y.key, x.key):
                    return {(x.key, y.key)}
        return set()

    def _colon_pair_list(self, usable, s, e) -> set[tuple[str, str]]:
        """Pairs listed after a colon that announces them (9对结对县分别是：福州市长乐区与西吉县，福清市与原州区，…):
        each item "A与B" (or A—B) of two or more, the last of the places each side writes as one name."""
        text, out = self._text, set()
        colon = min((i for i in (text.find("：", s, e), text.find(":", s, e)) if i >= 0), default=None)
        if colon is None or not (self._find_all(text, self.pairs_mutual, s, colon) or
                                 self._find_all(text, self.pairs_directed, s, colon)):
            return out
        items = []
        for m in re.finditer(r"[^，,；;。]+", text[colon + 1:e]):
            item = self._pair_item(usable, colon + 1 + m.start(), colon + 1 + m.end())
            if item is None:
                return set()  # an item that is no "A与B" (one opening with no party): no list of pairs
            items.append(item)
        return set(items) if len(items) >= 2 else out

    def _pair_item(self, usable, a, b) -> tuple[str, str] | None:
        """The pair an item of a list of pairs names, "A与B" (or A—B) and nothing else in [a, b): the last of the places
        each side writes as one name; None if the item is no such pair."""
        text = self._text
        inside = [p for p in usable if a <= p.start and p.end <= b]
        if not inside or text[a:inside[0].start].strip():
            return None
        left = self._written_on(inside[0], inside)
        right = next((p for p in inside if p.start > left.end and _PAIR_JOINER.fullmatch(text, left.end, p.start)), None)
        if right is None or text[self._written_on(right, inside).end:b].strip():
            return None
        return left.key, self._written_on(right, inside).key

    def _pairs_then_verb(self, usable, s, e) -> set[tuple[str, str]]:
        """Pairs listed one to a clause, then the verb pairing them (湖塘镇卫生院与五里镇中心卫生院，洛阳镇卫生院与双龙镇
        中心卫生院，…，一一结成帮扶对子; 初中（4对）：A与B，C与D，分别结成帮扶对子): each item "A与B" of two or more."""
        text = self._text
        cuts = [s] + [s + m.end() for m in re.finditer(r"[，,：:]", text[s:e])] + [e]
        clauses = [(a, b - 1 if text[b - 1:b] in "，,：:" else b) for a, b in pairwise(cuts) if b > a]
        closing = next((k for k, (a, b) in enumerate(clauses) if k >= 2 and _EACH_PAIRED.match(text, a, b) and
                        self._find_all(text, self.pairs_mutual, a, b) and
                        not any(a <= p.start < b for p in usable)), None)
        if closing is None:
            return set()
        items = []
        for a, b in reversed(clauses[:closing]):
            item = self._pair_item(usable, a, b)
            if item is None:
                break
            items.append(item)
        return set(items) if len(items) >= 2 else set()

    def _partner_area_visited(self, usable, s, e) -> set[tuple[str, str]]:
        """"浦东新区…率浦东新区党政代表团赴对口支援地区新疆喀什地区莎车县": the partner area gone to (the last of the
        places written together) pairs with the place opening the sentence."""
        m = _PARTNER_AREA_VISITED.search(self._text, s, e)
        if m is None:
            return set()
        gone_to = next((q for q in usable if q.start == m.end() and q.type == "REGION"), None)
        first = next((p for p in usable if p.start < m.start()), None)
        if gone_to is None or first is None or first.type != "REGION":
            return set()
        return {(first.key, self._written_on(gone_to, usable).key)}

    def _since_pairs(self, usable, s, e) -> set[tuple[str, str]]:
        """"自2019年对口支援昂仁县以来，中国华电累计投入…": the one pairing since then is the subject of the clause
        after 以来; "厦门市具体负责左贡县的对口支援工作": the one in charge of the other's partnership."""
        text, out = self._text, set()
        seg = text[s:e]
        if not any(w in seg for w in ("以来", "至今", "负责", "承担", "对的", "扶的", "援的", "作的")):
            return out  # (most sentences hold none)
        for m in _SINCE_PAIRING.finditer(text, s, e):
            objects = [p for p in usable if m.end("trigger") <= p.start and p.end <= m.start("since")]
            subject = next((p for p in usable if p.start == m.end()), None)
            if objects and subject is not None and objects[0].start == m.end("trigger"):
                out |= {(subject.key, o.key) for o in self._group_after(usable, objects[0].start, limit=0)
                        if o.key != subject.key}
        for m in _SINCE_PAIRED_WITH.finditer(text, s, e):
            partner = next((p for p in usable if p.start == m.start("partner")), None)
            subject = next((p for p in usable if p.start == m.end()), None)
            if partner is not None and subject is not None and subject.key != partner.key:
                out.add((subject.key, partner.key))
        # (2021年结对以来，北仑区与美姑县坚持…: the two joined right after the opening that says since when they pair)
        opening = _PAIRED_SINCE_OPENING.match(text, s + len(text[s:e]) - len(text[s:e].lstrip()))
        x = next((p for p in usable if opening and p.start == opening.end()), None)
        if x is not None:
            x = self._written_on(x, usable)
            y = next((p for p in usable if p.start > x.end and self._gap(x, p) in ("与", "和", "同")), None)
            if y is not None and y.key != x.key:
                out.add((x.key, self._written_on(y, usable).key))
        # (扎赉特旗…，与结对帮扶的北京市丰台区密切对接: the sentence's first party and its partner described before it)
        for m in _WITH_PARTNER_OF.finditer(text, s, e):
            y = next((p for p in usable if p.start == m.end()), None)
            first = usable[0] if usable else None
            if y is not None and first is not None and first.end <= m.start() and first.key != y.key and \
                    not any(first.end <= p.start < m.start() for p in usable):
                out.add((first.key, self._written_on(y, usable).key))
        for m in _IN_CHARGE_OF.finditer(text, s, e):
            subject = next((p for p in usable if p.end == m.start()), None)
            partners = [p for p in self._group_after(usable, m.start("partner"), limit=0) if p.end < m.end("partner")]
            # (the whole span the partners, or their count closing it: …、丹寨县4个县的)
            rest = text[partners[-1].end:m.end("partner") - 1] if partners else None
            if subject is not None and partners and (rest == "" or re.fullmatch(rf"[0-9{CN_DIGITS}]+个[县区市镇乡村旗]", rest)):
                out |= {(subject.key, p.key) for p in partners if p.key != subject.key}
        return out

    def _included_pairs(self, usable, s, e) -> set[tuple[str, str]]:
        """"红河县、绿春县也纳入长宁区结对帮扶范围": the ones taken in pair with the one whose partnership takes them (or
        the sentence's subject, taking in those after 将: A…，又将B纳入结对范围)."""
        text, out = self._text, set()
        for m in re.finditer(r"(?:也|均|都|被|正式|先后|相继)*纳入", text[s:e]):
            a, b = s + m.start(), s + m.end()
            partner = self._group_after(usable, b, limit=0)
            jiang = text.rfind("将", s, a)
            if not partner and jiang >= 0 and _INCLUDED_IN.match(text, b):
                # "黄浦区对口帮扶澜沧县，2017年又将西盟县纳入结对范围": the sentence's subject takes in those after 将
                taken = [p for p in usable if jiang < p.start and p.end <= a]
                subject = next((p for p in usable if p.end <= jiang), None)
                if subject is not None:
                    out |= {(subject.key, y.key) for y in taken if y.key != subject.key}
                continue
            if not partner or not _INCLUDED_IN.match(text, partner[-1].end):
                continue
            for x in self._group_before(usable, a):
                out |= {(x.key, y.key) for y in partner if y.key != x.key}
        return out

    def _under_help_pairs(self, usable) -> set[tuple[str, str]]:
        """"在北京大学人民医院的对口帮扶下，和田地区人民医院…": the helper and the subject of the clause after."""
        text = self._text
        out = set()
        for a in usable:
            credited = _CREDITED_HELP.match(text, a.end)
            helpers = self._group_before(usable, a.end) if credited else []
            if credited and text.endswith(_CREDITED_TO, 0, helpers[0].start) and \
                    usable[0].start < helpers[0].start and usable[0] not in helpers:
                # "高峰村…的变化，得益于张家港市杨舍镇善港村的结对帮扶": the sentence's topic and the one it thanks
                out |= {(x.key, usable[0].key) for x in helpers if x.key != usable[0].key}
                continue
            m = _UNDER_HELP.match(text, a.end)
            if not m:
                continue
            helpers = helpers or self._group_before(usable, a.end)  # (在广州市黄埔区、广州开发区的对口帮扶下，三都县…)
            if not text.endswith("在", 0, helpers[0].start):
                continue
            b = next((p for p in usable if p.start == m.end()), None)
            # (or the subject right before 在: 凌云县人民医院在龙岗区第三人民医院对口帮扶下，成功创建…)
            b = b or next((p for p in usable if p.end == helpers[0].start - 1 and p not in helpers), None)
            if b is not None:
                out |= {(x.key, b.key) for x in helpers if x.key != b.key}
        return out

    def _as_partner_pairs(self, usable, s, e) -> set[tuple[str, str]]:
        """"作为西藏那曲市的对口支援省份，浙江…": the partner named in the 作为 phrase and the subject after it."""
        text = self._text
        out = set()
        for m in _AS_PARTNER.finditer(text, s, e):
            if m.start() > s and text[m.start() - 1] not in "，,":
                # "河东区、西青区作为于田县的区级结对帮扶单位，…": the subjects before 作为 and the one named after it
                subjects = self._group_before(usable, m.start())
                named = self._group_after(usable, m.end(), limit=0)
                if subjects and subjects[-1].end == m.start() and named and \
                        _HELPER_ROLE.match(text, named[-1].end):
                    out |= {(x.key, y.key) for x in subjects for y in named if x.key != y.key}
                continue
            named = self._group_after(usable, m.end(), limit=0)
            role = named and _PARTNER_ROLE.match(text, named[-1].end)
            subject = next((p for p in usable if role and p.start == role.end()), None)
            if subject is not None:
                out |= {(x.key, subject.key) for x in named if x.key != subject.key}
        return out

    def _counted_partner_pairs(self, parties, usable, s, e) -> set[tuple[str, str]]:
        """"江孜县、亚东县、拉孜县、定日县、萨迦县5个上海对口支援县": the list, as many as counted, is the partners of
        the one named after the count."""
        text = self._text
        out = set()
        for m in _COUNTED_PARTNERS.finditer(text, s, e):
            helper = next((p for p in usable if p.start == m.end()), None)
            # (the last listed, before the count, is no modifier of what follows)
            listed = self._group_before(parties, m.start()) if helper is not None else []
            if listed and listed[-1].end == m.start() and len(listed) == cn_number(m.group(1)) and \
                    _PARTNERS_KIND.match(text, helper.end):
                out |= {(helper.key, x.key) for x in listed if x.key != helper.key}
        return out

    def _counted_back_pairs(self, usable, s, e, triggers) -> set[tuple[str, str]]:
        """"A、B、C共同结对帮扶D，3个区又分别与E、F、G结对": the count names the list before it again, and
        分别 pairs it in order with as many after 与."""
        text = self._text
        out = set()
        for m in _COUNTED_BACK.finditer(text, s, e):
            n = cn_number(m.group(1))
            objects = self._group_after(usable, m.end(), limit=0)
            if not objects or len(objects) != n or not any(
                    objects[-1].end <= a < self._clause_break(objects[-1].end, e) for a, _, _ in triggers):
                continue
            before = [p for p in usable if p.end <= m.start()]
            subjects = self._group_before(before, before[-1].end) if before else []
            # the nearest list of n before it, in the sentence (the object of a trigger may close it: skip back)
            while subjects and len(subjects) != n:
                before = [p for p in before if p.end <= subjects[0].start]
                subjects = self._group_before(before, before[-1].end) if before else []
            if subjects:
                out |= {(x.key, y.key) for x, y in zip(subjects, objects)}
        return out

    def _titled_place(self, m: Mention) -> Mention:
        """A body named in a leader's title stands for its place in a pairing: "东丽区委书记孙志国率…，与甘谷县…",
        "黄杜村党总支书记钟正华带领…与青坪村…签订结对协议" pair the places."""
        ent = self._entities.get(m.key)
        region = ent.attrs.get("region") if ent is not None and ent.type == "GOVERNMENT" else None
        if not region or region not in self._entities or not self._text.startswith(self.official_titles, m.end):
            return m
        return Mention(m.start, m.end, "REGION", m.text, [], m.official, region, m.attrs)

    def _carried_pairs(self, usable, went_on, e, triggers) -> set[tuple[str, str]]:
        """"A对口支援B、C，并与D、E开展东西部协作": the clause after a directed trigger's objects that opens
        with 与 and names a mutual trigger pairs those after 与 with the same subject."""
        out = set()
        for subject, end in went_on:
            m = _WENT_ON.match(self._text, end)
            group = self._group_after(usable, m.end(), limit=0) if m else []
            if group and any(group[-1].end <= a < self._clause_break(group[-1].end, e) for a, _, _ in triggers):
                out |= {(subject.key, y.key) for y in group if y is not subject}
        return out

    def _both_named_before(self, usable, s, e, triggers) -> set[tuple[str, str]]:
        """"A区委书记…率党政代表团赴B县考察，两区县签订《…结对帮扶…协议》": a clause opening with the two (两地, 双方,
        两区县…) and a trigger pairs the only two parties named before it in the sentence."""
        text = self._text
        for m in _BOTH.finditer(text, s, e):
            clause_end = self._clause_break(m.end(), e)
            before = [p for p in usable if p.end <= m.start()]
            named = list(dict.fromkeys(p.key for p in before))
            # (the one visiting the other: …赴B县考察，两区县…; not 天津·和平与甘肃·会宁，两地…, pairs of other rules)
            visit = len(before) == 2 and _VISITING.search(text, before[0].end, before[1].start)
            # (an agreement or a pairing signed, not talks on 劳务协作: 双方就劳务协作…进行了座谈)
            if len(named) == 2 and visit and any(m.end() <= a < clause_end and re.search("协议|结对|对口", w)
                                                 for a, _, w in triggers):
                return {(named[0], named[1])}
        return set()

    def _topic_pairs(self, usable, s, e, triggers) -> set[tuple[str, str]]:
        """"A还将帮扶延伸到乡镇，与B建立结对帮扶关系": a clause opening with 与B and a trigger pairs B with the
        party that opens the sentence, its subject."""
        text = self._text
        # the subject opens the sentence or the clause after an opening time phrase (近年来，A依托…机制，与B…)
        if not usable:
            return set()
        opening = usable[0].start == s or text[usable[0].start - 1] in "，," and not re.search(
            r"[，,]", text[s:usable[0].start - 1]) and usable[0].start - s <= 8 or \
            bool(_OPENING_TIME.fullmatch(text, s, usable[0].start)) or \
            bool(re.fullmatch(r"[^，,。；;“”\"]{1,8}的", text[s:usable[0].start]))  # (她任教的A，与B是结对学校)
        out = set()
        for m in self._clause_with.finditer(text, s, e) if opening else ():
            grp = [p for p in self._group_after(usable, m.end(), limit=0) if p is not usable[0]]
            clause_end = self._clause_break(m.end(), e)
            # (…，与广西百色市靖西市、那坡县深化协作: each of those listed)
            # (…承担着对口支援A、B，以及与C东西部协作等任务: 以及 goes on with the subject's own list)
            # (坚持“青川所需、安吉所能”，与青川县结对协作: the two named again between are no other subject)
            ends = {usable[0].key} | {g.key for g in grp}
            # (nor a place the subject, sending or giving right after its name, went to or gave to: A派出4名教师来
            # 永登县授课，并与B签订结对共建协议; not 厦门市卫健委副主任…到临夏州调研, a body in a post)
            acts = any(text.startswith(w, usable[0].end + k) for k in range(3)
                       for w in (*self.strong_staff, *self.fund_triggers))
            # (nor a place describing the subject: B是文山州面积最大的县，2021年以来与A结对…)
            described = re.match(r"是[^，,。；;]*的[^，,。；;]*[，,]", text[usable[0].end:m.start() + 1])
            if grp and any(grp[-1].end <= a < clause_end for a, _, _ in triggers) and (
                    not any(usable[0].end <= p.start and p.end <= m.start() and p.key not in ends and
                            not (acts and text[p.start - 1:p.start] in _OBJECT_MARKS) and
                            not (described and p.end <= usable[0].end + described.end()) and
                            not self._directing(p, s) for p in usable)  # (…，按照北京市委部署，与B持续深化结对帮扶)
                    or "以及" in m.group()):
                out |= {(usable[0].key, y.key) for y in grp}
        # "A将统筹推进与B、C的东西部协作": the ones after 与 and before 的 and a trigger pair with the subject, the
        # party opening the sentence or the clause (…县长白文华表示，元阳县将继续深化与闵行区的对口协作)
        for m in re.finditer(r"与", text[usable[0].end:e]):
            at = usable[0].end + m.end()
            clause = max(max(text.rfind(c, s, at) for c in "，,；;：:") + 1, s)
            subject = usable[0] if clause <= usable[0].start and opening else next(
                (p for p in usable if (p.start == clause or _OPENING_TIME.fullmatch(text, clause, p.start)) and
                 p.end < at), None)  # (…获悉，2024年六合区持续深化与B的东西部协作)
            grp = self._group_after(usable, at, limit=0)
            if subject is None or not grp or re.search(r"[，,；;：:]", text[subject.end:at]) or \
                    any(subject.end <= p.start < at for p in usable):
                continue
            # (…的东西部协作; or the trigger right after when a verb of going on stands before 与: 持续深化与B东西部协作)
            gap = 1 if text[grp[-1].end:grp[-1].end + 1] == "的" else \
                0 if any(v in text[subject.end:at] for v in self._pairs_going_on) else None
            if gap is not None and any(a == grp[-1].end + gap for a, _, _ in triggers):
                out |= {(subject.key, y.key) for y in grp if y.key != subject.key}
        return out

    def _bracketed_object(self, parties, subject: Mention, close: int) -> list[Mention]:
        """"B（A对口帮扶）": the party right before a bracket whose words end with A's trigger."""
        text = self._text
        opening = text.rfind("(", 0, subject.start)
        if opening < 0 or text[opening + 1:subject.start].strip() or ")" in text[opening:close]:
            return []
        before = [p for p in parties if p.end == opening][:1]
        if not before:
            # (织金县：9260万元（黄埔区结对）；: the place a line opens with, only its amount between)
            line = text.rfind("\n", 0, opening) + 1
            head = next((p for p in parties if p.start == line + len(text[line:opening]) - len(text[line:opening].lstrip())
                         and text[p.end:p.end + 1] in "：:"), None)
            money = find_money(text[head.end + 1:opening], head.end + 1) if head else []
            if len(money) == 1 and money[0].end == opening and not text[head.end + 1:money[0].start].strip():
                before = [head]
        return before

    def _passive_object(self, parties, subject: Mention) -> list[Mention]:
        """"B(，则)由A对口支援": B, the party just before 由, is the object of A's trigger."""
        before = [p for p in parties if p.end <= subject.start]
        # (兴和县：2024年度由大兴区结对帮扶: a line's topic, a year between)
        if before and re.fullmatch(r"[，,：:]?\s*(?:(?:自|从)?[0-9]{4}年(?:度|起|以来)?[，,]?)?"
                                   r"(?:则|均|也|都|分别|将|已|现|改|改为|转|继续)?由", self._gap(before[-1], subject)):
            # (策勒县、于田县、民丰县由天津市对口支援: each of those listed)
            return self._group_before(before, before[-1].end) if self._gap(before[-1], subject).endswith("由") \
                and not self._gap(before[-1], subject).startswith(("，", ",")) else [before[-1]]
        # "赫章县第一中学被确定为受援学校，由广州市番禺区对口帮扶": the party opening the clause before ，由
        text = self._text
        if text[subject.start - 2:subject.start] in ("，由", ",由"):
            comma = subject.start - 2
            opening = max(text.rfind(c, 0, comma) for c in "，,。；;\n") + 1
            return [p for p in before if p.start == opening][:1]
        return []

    def _joined_pairs(self, usable, parties, s, e, triggers, separately) -> set[tuple[str, str]]:
        text = self._text
        out: set[tuple[str, str]] = set()
        # runs of parties joined by coordinators (a party's short name in brackets after it is the party again)
        runs: list[list[Mention]] = []
        parties = [p for i, p in enumerate(parties) if not (
            i and p.key == parties[i - 1].key and text[parties[i - 1].end:p.start] in ("（", "("))]
        for p in parties:
            if runs and self._gap(runs[-1][-1], p) in ("的", "") and p.type == "REGION" and \
                    runs[-1][-1].type == "REGION" and self._contains(runs[-1][-1].key, p.key):
                # 凤凰村与周覃镇的板光村, 东阿县铜城街道与彭水自治县郁山镇: the place within the one named first
                runs[-1][-1] = p
            elif runs and COORD.match(self._noted_gap(runs[-1][-1], p) or "") or \
                    runs and _JOINED_GAP.fullmatch(self._noted_gap(runs[-1][-1], p)):
                runs[-1].append(p)
            else:
                runs.append([p])
        # a labelled list of pairs: "结对关系为：南京市—墨竹工卡县、苏州市—林周县", "…结对关系：密云区—玉树市，昌平区—…"
        labels = [m.end() for _, b, _ in triggers if (m := _PAIR_LABEL.match(text, b))]
        for run in runs:
            if len(run) < 2:
                continue
            gaps = [self._noted_gap(run[i], run[i + 1]) for i in range(len(run) - 1)]
            if labels and min(labels) <= run[0].start and _DASH.fullmatch(gaps[0]) and \
                    all(_DASH.fullmatch(g) or g in ("、", "，", ",") for g in gaps):
                out |= {(run[i].key, run[i + 1].key) for i, g in enumerate(gaps)
                        if _DASH.fullmatch(g) and run[i] in usable and run[i + 1] in usable}
                # (张店区—西沱镇、黄水镇；…: a party after 、 and no dash after it is another partner of the left side)
                left = None
                for i, g in enumerate(gaps):
                    if _DASH.fullmatch(g):
                        left = run[i]
                    elif g == "、" and left is not None and not (i + 1 < len(gaps) and _DASH.fullmatch(gaps[i + 1])):
                        if left in usable and run[i + 1] in usable:
                            out.add((left.key, run[i + 1].key))
                    else:
                        left = None
                continue
            # the trigger must follow the run within its clause or the next one
            end = run[-1].end
            # the trigger follows the run in its own clause, or opens the next one with 两地/双方
            opens_sentence = not re.search(r"[，,;；:：]", text[s:run[0].start]) and run[0] is parties[0]
            # or its clause, the trigger in the next ones with no other party before it (…，A与B（以下简称…）通过
            # “云端”连线，正式签订结对帮扶协议)
            opens_clause = text[run[0].start - 1:run[0].start] in ("，", ",")
            # (or the pairing named in an opening 作为 clause: 作为东西部协作结对帮扶县区，A与B…)
            as_partners = bool(_AS_PAIRED_OPENING.fullmatch(text, s, run[0].start))
            if not as_partners and not any(end <= a and (opens_sentence or not re.search(r"[，,;；:：]", text[end:a]) or
                                     re.fullmatch(r"[，,]\s*(?:两地|双方|两区|两县|两市|两省|三地)[\u4e00-\u9fff]{0,4}", text[end:a]) or
                                     opens_clause and not re.search(r"[;；:：]", text[end:a]) and
                                     text.count("，", end, a) <= 2 and not any(end <= p.start < a for p in parties))
                       for a, _, _ in triggers) and \
                    not any(a < run[0].start and (b == run[0].start and w not in self._directed_tuple or
                                                  text[b:run[0].start] in ("：", ":"))
                            for a, b, w in triggers):  # (医院结对：A—B; not 对口支援A和B: the objects of one)
                continue
            joiner = [i for i, g in enumerate(gaps) if re.search(r"与|和|同|跟|·|—", g) and "、" not in g]
            # (or the two named as such before it in their clause: 厦门、临夏两地也在…持续深化厦临协作)
            pair_word = re.match(r"(?:两地|两市|两县|两区|两省|双方)", text[end:end + 2])  # (两省区, 两省市)
            if not joiner and len(run) == 2 and gaps == ["、"] and run[0] in usable and run[1] in usable and \
                    any(end <= a <= end + 2 and text[end:a] not in self.visit_words and
                        not text.startswith(_TRIGGER_HEADS, b) or  # (A、B等协作项目点: what the partnership built)
                        _SIGNING_GAP.fullmatch(text, end, a) or  # (A、B同时签署镇镇结对协议)
                        pair_word and end <= a < self._clause_break(end, e) and not any(p.start == b for p in parties)
                        for a, b, _ in triggers) and \
                    not text.endswith(("与", "同", "跟"), s, run[0].start):
                # "西青区、环县结对帮扶": the two, right before the trigger (not "…分别与大关县天星镇、木杆镇结对": objects)
                out.add((run[0].key, run[1].key))
                continue
            if not joiner:
                continue
            units = []
            # "A、B和C分别与D、E、F": the sides part where 分别 stands, not at the 和 of a list
            split = next((i for i in joiner if "分别" in gaps[i]), None)
            if split is not None and len(joiner) > 1:
                joiner = [split]
            elif all(g in ("、", "，", ",") or re.search(r"与|和|同|跟|·|—", g) for g in gaps) and \
                    sum(1 for g in gaps if g in ("、", "，", ",")) >= 1 and len(joiner) >= 2:
                # "A与B、C与D": each unit pairs its own two sides
                unit = [run[0]]
                for i, g in enumerate(gaps):
                    if g in ("、", "，", ","):
                        units.append(unit)
                        unit = [run[i + 1]]
                    else:
                        unit.append(run[i + 1])
                units.append(unit)
                for u in units:
                    if len(u) == 2 and u[0] in usable and u[1] in usable:
                        out.add((u[0].key, u[1].key))
                continue
            clause_end = self._clause_break(run[-1].end, e)
            separately = "分别" in text[run[0].start:clause_end]
            cut = joiner[0]
            left = [p for p in run[: cut + 1] if p in usable]
            right_all = run[cut + 1:]
            right = [p for p in right_all if p in usable]
            if separately:
                # lists of equal length, neither closed by 等 (A、B与C、D等5个区县分别…: more than those named)
                more = any(text.startswith("等", p.end) for p in (run[cut], run[-1]))
                if len(left) == len(right) and len(right) == len(right_all) and not more:
                    out |= {(x.key, y.key) for x, y in zip(left, right)}
                elif min(len(left), len(right)) == 1 and len(right) == len(right_all) and (
                        not more or len(right) == 1 and not text.startswith("等", run[-1].end)):
                    # A与B、C分别签订…: A with each (and A、B等8家医院分别与C…: each named with C)
                    out |= {(x.key, y.key) for x in left for y in right}
                continue
            if len(joiner) > 1 and not separately:
                # "A与B和C": group by prefecture, pair across groups only
                sides: dict[str, list[Mention]] = {}
                for p in [q for q in run if q in usable]:
                    sides.setdefault(self._city_of(p.key), []).append(p)
                groups = list(sides.values())
                for i in range(len(groups)):
                    for j in range(i + 1, len(groups)):
                        out |= {(x.key, y.key) for x in groups[i] for y in groups[j]}
                continue
            if len(left) > 1 and len(right) > 1:
                continue  # "A、B则与C、D等开展协作": who pairs with whom is not said (the guide: lists on both sides)
            out |= {(x.key, y.key) for x in left for y in right}
        return out

    def _western_townships(self, x: str, y: str) -> bool:
        """Two townships of the west (…；策勒县落实援疆资金3.87亿元，重点支持策勒乡…；民丰县…用于尼雅镇: no gift from one
        county's township to another's)."""
        ex, ey = self._entities.get(x), self._entities.get(y)
        return ex is not None and ey is not None and ex.type == ey.type == "REGION" and \
            ex.attrs.get("side") == ey.attrs.get("side") == "west" and \
            ex.attrs.get("level") == ey.attrs.get("level") == "township"

    def _based_in(self, org: str, region: str) -> bool:
        """萧山区委 and 萧山区: a body and its own place are no partners."""
        ent = self._entities.get(org)
        return bool(ent and ent.type != "REGION" and (ent.attrs.get("region") == region or
                                                      self._contains(region, ent.attrs.get("region") or "")))

    def _paired_outright(self, x: str, y: str, parties) -> bool:
        """Whether a word of ``outright`` pairing stands right between a mention of ``x`` and one of ``y``, in one
        clause (渝北区对口帮扶武隆区)."""
        for a in parties:
            for b in parties:
                if {a.key, b.key} == {x, y} and a.end <= b.start <= a.end + 8:
                    between = self._text[a.end:b.start]
                    if any(w in between for w in self.pairs_outright) and not re.search(r"[，,；;。]", between):
                        return True
        return False

    def _same_city_units(self, x: str, y: str) -> bool:
        """Two districts or zones of one city acting together (雁塔区携手西安航天基地), or two townships of one
        county or city (长安镇和厚街镇还分别出资…), are not partners."""
        ex, ey = self._entities.get(x), self._entities.get(y)
        if ex is not None and ey is not None and ex.type == ey.type == "REGION" and \
                ex.attrs.get("level") == ey.attrs.get("level") == "township" and ex.attrs.get("parent") and \
                ex.attrs.get("parent") == ey.attrs.get("parent"):
            return True
        for key in (x, y):
            ent = self._entities.get(key)
            if ent is None or ent.type != "REGION" or ent.attrs.get("level") not in ("county", "zone"):
                return False
        return self._city_of(x) == self._city_of(y)

    def _city_of(self, key: str) -> str:
        """The prefecture a region (or an organisation's region) lies in; the province, or the key, failing that."""
        ent = self._entities.get(key)
        region = key if ent is None or ent.type == "REGION" else ent.attrs.get("region")
        if not region:
            return key
        place = region
        while place and self.gaz.place(place) is None and "/" in place:
            place = place.rsplit("/", 1)[0]  # a zone, township or village outside the gazetteer: its parent
        chain = self.gaz.chain(place) if place else []
        for p in chain:
            if p.level == "prefecture":
                return p.key
        return chain[-1].key if chain else region

    # ------------------------------------------------------------------- funds
    def _subs(self, s: int, e: int) -> list[tuple[int, int]]:
        """The parts of a sentence between ；/; marks."""
        cuts = [m.end() + s for m in SUB_END.finditer(self._text[s:e])]
        bounds = [s] + cuts + [e]
        return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]

    def _funds(self, parties, s, e, evidence) -> list[Relation]:
        text = self._text
        rels = []
        year = find_year(text[s:e])
        carried: list[Mention] = []  # the givers of the sub-sentence before
        for ss, se in self._subs(s, e):
            triggers = self._find_all(text, self.fund_triggers, ss, se)
            # (安排 a trigger only before a place and its amount: 南京市安排伊宁市4.12亿元; not 安排闵行区帮扶资金…)
            # (or before its amount and what it is for: 崂山区安排300万元用于长道镇宁家村示范村建设)
            # (or the kind of money between: 广东安排巴宜区援藏资金1.12亿元、波密县8560万元)
            triggers = [t for t in triggers if t[2] != "安排" or any(
                p.start == t[1] and re.match(r"[0-9一二三四五六七八九]", text[p.end:p.end + 1]) or
                p.start == t[1] and (noun := self._fund_noun.match(text, p.end)) and
                re.match(r"[0-9一二三四五六七八九]", text[noun.end():noun.end() + 1]) and
                any(q.end == t[0] for q in parties) for p in parties)  # (its giver right before: not 安排闵行区帮扶资金)
                or _ARRANGED_FOR.match(text, t[1]) or any(  # (spoken: 长宁区给金平安排的是1.18亿元)
                p.end == t[0] and text[p.start - 1:p.start] == "给" for p in parties) and
                re.match(r"(?:的是|了)?[0-9]", text[t[1]:t[1] + 3])]
            if triggers and "《" in text[ss:se]:
                # (审议通过了《关于对外捐赠的议案》: a document's title gives nothing)
                titles = [m.span() for m in _BOOK_TITLE.finditer(text, ss, se)]
                triggers = [t for t in triggers if not any(a < t[0] < b for a, b in titles)]
            if not triggers:
                continue
            sub_parties = [p for p in parties if ss <= p.start and p.end <= se]
            if not [p for p in sub_parties if p.text not in self.anaphors] and self._receiving.search(text, ss, se):
                continue  # (…；该校还获得上级下拨的改造资金120万元: what the recipient got from others)
            # each recipient marker followed by a party opens one fact (向元阳县拨付…，向红河县拨付…)
            hits, seen, opening = [], set(), None
            lists: dict[int, list[Mention]] = {}  # hit index -> every recipient listed after its marker
            blocked = [(x, y) for x, y, _ in self._find_all(text, self.marker_blockers, ss, se)]
            for a, b, w in self._find_all(text, self.fund_markers, ss, se):
                if any(x <= a < y for x, y in blocked):
                    continue  # 面向铜仁: no recipient
                after = b + 1 if text[b:b + 1] == "的" and w in ("援建", "捐建") else b  # 江苏援建的…中学
                after = b + 1 if text[b:b + 1] == "了" and w in self.moneyless_triggers else after  # 援建了X
                if w in ("向", "给", "为") and (partner := _PARTNER_BEFORE.match(text, after)):
                    after = partner.end()  # 向结对的东乡族自治县拨付…: the partner described before its name
                if w == "在" and (a == ss or text[a - 1] in "，,：:") and \
                        (where := re.match(r"[\u4e00-\u9fff]{1,6}?的", text[after:after + 7])) and \
                        not any(after <= q.start < after + where.end() for q in sub_parties):
                    after += where.end()  # 在年楚河畔的江孜县，…: the place described before its name
                grp = self._group_after(sub_parties, after, limit=0)
                # (向峨边彝族自治县的黑竹沟镇中心小学捐赠…: the one within the place named before 的)
                inner = next((q for q in sub_parties if grp and q.start == grp[-1].end + 1 and
                              text.startswith("的", grp[-1].end) and q.type in ("REGION", "SCHOOL", "HOSPITAL") and
                              self._contains(grp[-1].key, self._place_of(q.key) or q.key)), None) if grp else None
                grp = grp[:-1] + [inner] if inner is not None else grp
                # (江阴市向宜川县、宜兴市向延川县各拨付…: a listed party followed by 向 again gives, it receives nothing)
                # (…福州市对口援建八宿县、厦门市对口援建左贡县: nor one followed by a verb of its own)
                cut = next((k for k, q in enumerate(grp) if k and text.startswith(("向", "给", "为", "对口", "结对"), q.end)),
                           None)
                grp = grp[:cut] if cut is not None else grp
                if not grp or grp[0].start in seen:
                    continue
                if w == "落实" and (self._side(grp[0]) == "east" or not any(
                        p.end <= a and not re.search(r"[，,；;]", text[p.end:a]) for p in sub_parties)):
                    continue  # (工作队…落实陕西省援藏资金9.86亿元: the giver's money arranged on the receiving side; a
                    # giver arranges it only as the clause's subject, 河西区落实夏河县…资金)
                if self._origin_of(grp[-1]):
                    continue
                if hits and w in self.arranging and grp[-1].type == "REGION" and self._fund_noun.match(text, grp[-1].end) \
                        and not any(p.end <= a and _OWN_CLAUSE_ADVERB.fullmatch(text, p.end, a) and
                                    p.key != hits[-1][1].key and text[p.start - 1:p.start] in "，,；;" for p in sub_parties):
                    continue  # 向柞水县投入江苏省财政援助资金: after a recipient, where the money comes from (but
                    # …，天津市下达镇原县市级帮扶资金800万元: a clause of its own giver)
                if w in self.pairing_markers and text[max(0, a - 2):a] in ("对口", "结对") and \
                        not self._fund_noun.match(text, grp[-1].end) and text[max(0, a - 4):a - 2] not in self.arranging:
                    continue  # 对口帮扶X states a pairing, not a gift; 对口支援X援疆资金, 安排对口支援X…资金 name X's money
                # (the verb in X's own clause: 在喀什，广州市投入…援建的疏附县广州实验中学 puts nothing in 喀什 itself)
                if w == "在" and text.startswith(("援建的", "捐建的"), grp[-1].end) and (a == ss or text[a - 1] in "，,：:") \
                        and self._side(grp[0]) == "east":
                    continue  # (在江苏援建的秭归经济开发区，…: the giver of what was built there, no place; but
                    # 东台市在耀州区援建的…, …捐资120万元，在武篆镇援建的…: where its subject built)
                if w == "在" and self._facilitated.match(text, grp[-1].end):
                    continue  # (A在江宁区推介下投资…，在洛南县建设…: under whose lead, no place the money goes)
                if w == "在" and not any(v in re.split(r"[，,]", text[grp[-1].end:grp[-1].end + 10])[0] and (
                        v not in self.place_verbs_with_money or find_money(text[ss:se], ss)) for v in self.place_verbs):
                    comma = re.match(r"[^，,。；;]{0,10}?[，,]", text[grp[-1].end:grp[-1].end + 11])
                    # (not 在X…推动下，: under whose lead, no place the money goes)
                    if comma and not comma.group().endswith(("下，", "下,")) and (a == ss or text[a - 1] in "，,：:"):
                        opening = opening or (a, grp[0], grp)  # "在X(…基地)，…投资": X, unless the clause names another
                    continue  # 在X only where money is put in X (在汉滨区设立, 在普古乡投资)
                purpose_at = a - 2 if text.endswith(self.purpose_markers, 0, a) else a  # (用于资助C)
                given_to = [q for h, q in hits if h is not None and text.startswith(("向", "给"), h)]
                opens_clause = w in self.purpose_clause_verbs and text[a - 1:a] in ("，", ",")
                if (w in self.purpose_markers or purpose_at < a or opens_clause) and given_to and \
                        not text.endswith("分别", 0, purpose_at) and \
                        not any(given_to[-1].end < q.start < purpose_at for q in sub_parties) and \
                        not any(mo.end == purpose_at for mo in find_money(text[ss:purpose_at], ss)):
                    continue  # (A向B捐赠助学金50万元，用于资助C、D…学生: B receives, C and D are what it is for)
                if grp[-1].type == "REGION" and _LISTED_PLACES_INSTITUTIONS.match(text, grp[-1].end, se):
                    continue  # (为乌丹镇、梧桐花镇、亿合公镇等8个苏木乡镇卫生院配备…: the places' clinics, unnamed)
                seen.add(grp[0].start)
                lists[len(hits)] = grp
                hits.append((a, grp[0]))
            if hits:
                # "安排喀什市援疆资金8.61亿元、塔县援疆资金1.62亿元": a place after an amount and 、, with its own
                # money, is the next recipient of the same giver
                stated = find_money(text[ss:se], ss)
                ends, money_at = {mo.end for mo in stated}, {mo.start for mo in stated}
                for p in sub_parties:
                    # (or its amount right after it: 安排巴林左旗…资金7600万元、翁牛特旗8100万元; not the parts after 其中)
                    if p.start > hits[-1][0] and p.start not in seen and text[p.start - 1:p.start] == "、" and \
                            p.start - 1 in ends and not self._own_money(p) and (
                            self._fund_noun.match(text, p.end) or
                            p.end in money_at and "其中" not in text[hits[-1][0]:p.start]):
                        seen.add(p.start)
                        hits.append((p.start, p))
            passive_giver = None
            if not hits:
                # "X由A投资1200万元建设": X, the party before 由, is where A's money goes, A gives
                for m in re.finditer(r"由", text[ss:se]):
                    at = ss + m.start()
                    giver = [p for p in sub_parties if p.start == at + 1]
                    for p in sub_parties:  # (由上海市杨浦区出资: the last of the places written as one)
                        if giver and p.start == giver[-1].end:
                            giver.append(p)
                    # (由浦东企业上海禾润农业发展有限公司投资…: the company its place's word introduces)
                    kind = _COMPANY_INTRO.match(text, giver[-1].end if giver else at + 1)
                    if kind:
                        giver = [p for p in sub_parties if p.start == kind.end()][:1] or giver
                    place = [p for p in sub_parties if p.end <= at and not re.search(r"[，,；;]", text[p.end:at])]
                    if not place:
                        # (代表团一行来到石月亮乡，实地察看由A投资2300万元建设的…: the place the visitors came to)
                        went = [p for p in sub_parties if p.end <= at and (text.endswith(("来到", "走进"), 0, p.start) or
                                                                             text[p.start - 1:p.start] in ("到", "赴"))]
                        if went and not any(went[-1].end <= q.start and q.end <= at for q in sub_parties) and \
                                re.fullmatch(r"[，,][^，,；;。]{0,10}", text[went[-1].end:at]):
                            place = went[-1:]
                    if not place:
                        # a project item opening with its place (2.临夏县年产20万吨饲草料加工项目，由A投资…)
                        opener = next((p for p in sub_parties if _ROW_NUMBER.fullmatch(text, ss, p.start)), None)
                        if opener is not None and re.fullmatch(r"[^，,；;。：:]*(?:项目|工程)[，,]", text[opener.end:at]):
                            place = [opener]
                    if giver and place and any(giver[-1].end <= a and (a <= giver[-1].end + 4 or re.fullmatch(
                            # (由上海援疆资金1200万元援建: the giver's money and its amount before the verb)
                            self._fund_noun.pattern + r"(?:[0-9.]+(?:亿|万)?元)?", text[giver[-1].end:a]))
                            for a, _, w in triggers if w in self.passive_fund_verbs):
                        # (A、B和C均由上海援建: each of those listed)
                        if re.fullmatch(r"(?:均|都|也|还|则|全部|分别)?", text[place[-1].end:at]):
                            lists[len(hits)] = self._group_before(sub_parties, place[-1].end)
                        hits.append((at, place[-1]))
                        passive_giver = giver[-1]
                        break
            built = None  # a recipient built with money named before it: a gift even with no amount
            if not hits:
                built = self._built_with(sub_parties, ss, se, s)
                if built:
                    hits.append(built)
            if not hits:
                # "为X…" earlier in the sentence, before the trigger
                first_trigger = min(a for a, _, _ in triggers)
                markers = self._find_all(text, ["为", "向", "给"], s, first_trigger)
                # (…；即墨区慈善总会则为3家敬老院送去…: its own receivers, unnamed, not one named in the sentence before)
                markers = [m for m in markers if m[0] >= ss] or markers
                for a, b, w in markers:
                    grp = self._group_after(parties, b, limit=0)
                    if grp and not self._origin_of(grp[-1]):
                        hits.append((None, grp[0]))
                        break
            if not hits:
                # (A先后组织…到B交流，还捐赠了价值15万元的冷链设备: the place the subject went to in the clause before,
                # the giving clause naming no one)
                # (…一行来到宜川县，开展…捐赠活动，捐赠助学、助医等款物共计157万元: the clause a giving verb opens)
                giving = next((c for a, _, _ in sorted(triggers) if _ALSO_GIVES.match(
                    text, c := max(max(text.rfind(x, ss, a) for x in "，,") + 1, ss))), ss)
                gives_at = next((a for a, _, _ in sorted(triggers) if a >= giving), first_trigger)
                went_to = [p for p in sub_parties if p.end <= giving and text[p.start - 1:p.start] in ("到", "赴", "在")]
                if went_to and _ALSO_GIVES.match(text, giving) and \
                        not any(giving <= p.start < gives_at for p in sub_parties) and \
                        not any(went_to[-1].end < p.start < giving for p in sub_parties):
                    hits.append((None, went_to[-1]))
            partner_giver = None
            if not hits:
                fact = self._partners_fund(sub_parties, ss, se, triggers)
                if fact:
                    hits.append(fact[:2])
                    if len(fact) > 2:
                        partner_giver, lists[0] = fact[2]
            if not hits and opening:
                hits.append(opening[:2])
                lists[0] = opening[2]  # 在丁青县、边坝县、洛隆县，一批天津援建的…: each of them
            # "其中680万元用于A、420万元用于B": amounts right before 用于 allocate the money to what follows
            purpose = {}
            for i, (a, _) in enumerate(hits):
                if a is not None and text.startswith(self.purpose_markers, a):
                    before = [mo for mo in find_money(text[ss:a], ss) if mo.end == a]
                    if before:
                        purpose[i] = before[-1]
            if len(purpose) < 2:
                purpose = {}  # one amount 用于 a place details the use of the money, a list allocates it
            previous: list[Mention] = []
            # "A向B、C向D各拨付3000万元": each pair the money and verb after the last one
            each_after = len(hits) > 1 and _EACH_AFTER_PAIRS.search(text, hits[-1][0] or ss, se) is not None and all(
                text[hits[k][1].end:hits[k + 1][0]].count("、") == 1 and not re.search(r"[，,；;]", text[
                    hits[k][1].end:hits[k + 1][0]]) for k in range(len(hits) - 1) if hits[k + 1][0] is not None)
            for i, (rec_pos, recipient) in enumerate(hits):
                window_end = hits[i + 1][0] if i + 1 < len(hits) and hits[i + 1][0] is not None and not each_after \
                    else se
                if i + 1 in purpose:
                    window_end = purpose[i + 1].start
                anchors = [rec_pos if rec_pos is not None else min(a for a, _, _ in triggers)]
                # the recipient may come first ("为汉滨…, 雁塔区拨付…"): then the funders stand before the trigger
                anchors += [a for a, _, _ in triggers if a >= recipient.end][:1]
                funders = []
                # neither an earlier recipient nor one listed with this one can be the giver
                earlier = {r.key for k in range(i + 1) for r in lists.get(k, [hits[k][1]])}
                if _PERSONAL_MONEY.search(text, ss, anchors[0]) and \
                        not any(ss <= p.start < anchors[0] for p in sub_parties):
                    continue  # a person's own money, its giver no party (…；公司董事长郑国华个人出资5万元…资助拖木村)
                if i == 0 and (partner_giver or passive_giver) is not None:
                    funders = [partner_giver or passive_giver]
                elif ss > s and not any(ss <= p.start < anchors[0] for p in sub_parties) and \
                        any(w in text[ss:anchors[0]] for w in self._unnamed_givers):
                    continue  # (…；区内企业和社会各界也纷纷捐款捐物…: givers of their own, unnamed)
                elif i == 0 and carried and not any(ss <= p.start < anchors[0] for p in sub_parties):
                    # "A向B捐赠200万元…；向C捐赠…": a sub-sentence naming no giver goes on with the one before
                    funders = [f for f in carried if f.key not in earlier]
                for anchor in anchors if not funders else ():
                    # (A对口帮扶B、C，全年向B、C投入…: A, not C)
                    funders = [f for f in self._givers(parties, recipient, anchor, s, e,
                                                       exclude={r.key for r in lists.get(i, [recipient])})
                               if f.key not in earlier]
                    if funders:
                        break
                if not funders and i > 0 and not self._unnamed_clause.search(text, hits[i - 1][1].end, anchors[0]):
                    funders = previous  # the same subject goes on giving (not 一批爱心企业还为C…: givers unnamed)
                if not funders:
                    # (两区…合计向纳雍县投入…6480万元，其中花都区3560万元、增城区2920万元: the givers named in the parts)
                    rels += self._unnamed_givers_parts(sub_parties, recipient, rec_pos, se, evidence, s, e, year)
                    continue
                previous = carried = funders
                own = hits[i][0]
                if own is not None and "其中" in text[funders[-1].end:own]:
                    # "…安排资金13.6亿元，其中投向喀什市10.2亿元、塔县3.4亿元": the parts, each with its own amount
                    parts = self._breakdown(funders, sub_parties, own, window_end, set(), evidence, s, e, year,
                                            self._kind(funders, text[ss:se]))
                    if parts and {r.key for r in lists.get(i, [recipient])} <= {r.tail for r in parts}:
                        rels += parts  # (but 其中向A、B分别安排五千八百万元: one amount for each, below)
                        continue
                # this fact's words run from its funders (or, after the first or after 其中, its own marker)
                # to the next marker
                own = hits[i][0] if hits[i][0] is not None else ss
                # (…向临夏州捐赠…，A还出资1000万元在B设立…: a fact naming its own funders after the marker before
                # runs from them)
                own_funders = i > 0 and hits[i - 1][0] is not None and funders[0].start > hits[i - 1][0]
                start = max(funders[-1].end, own if i > 0 and not own_funders or "其中" in text[funders[-1].end:own]
                            else ss)
                breakdown = text.find("其中", start, window_end)
                stop = breakdown if breakdown >= 0 else window_end  # 其中… details a part of the amount
                # a clause opening with another party is that party's (…拨付2000万元，甘肃省山东商会也向灾区捐赠…)
                ends = {p.key for p in funders} | {r.key for r in lists.get(i, [recipient])}
                # (…援建的A、天津市投入4200万元援建的B: after 、 too, when its own giving verb follows it)
                other = next((p.start for p in sub_parties if start < p.start < stop and (p.key not in ends and (
                    text[p.start - 1] in "，," or text[p.start - 1] == "、" and any(a == p.end for a, _, _ in triggers))
                    # (…，墨玉县人民医院还获得自治区卫生健康委下达的…900万元: what the recipient got from others)
                    or text[p.start - 1] in "，," and self._receiving.match(text, p.end))), None)
                stop = other if other is not None else stop
                window = [t for t in triggers if start <= t[0] < window_end]
                money = [mo for mo in _not_in_brackets_after(find_money(text[start:stop], start), text)
                         if not self._not_given(mo, ss, funders)]
                total = next((mo for mo in money[1:] if text[max(start, mo.start - 6):mo.start].rstrip("约为：:")
                              .endswith(_TOTAL_LABELS)), None)
                money = [total] if total is not None else money  # (助学金50万元和冬衣2000套，总价值86万元: the total)
                if breakdown >= 0 and any(p.start == breakdown + 2 and p.key in {f.key for f in funders}
                                          for p in sub_parties):
                    # (…项目总投资2600万元，其中海珠区投入…1500万元: the funder named again after 其中, its own share)
                    share_end = self._clause_break(breakdown, window_end)
                    money = find_money(text[breakdown:share_end], breakdown) or money
                if not money and i == 0 and re.search(r"[，,]由$", text[ss:funders[0].start]):
                    # (助学金共计40万元，由A和B共同捐赠给隆德县: the amount told before the givers)
                    money = [mo for mo in find_money(text[ss:funders[0].start], ss) if mo.amount is not None][-1:]
                if i in purpose:
                    money = [purpose[i]]
                moneyless = {t[2] for t in (window if i else window + triggers[:1])} & self.moneyless_triggers
                goods_named = any(w in text[ss:se] for w in self.goods_words + self.money_words) and not any(
                    w in self.goods_only_triggers and text.startswith(self.thanks_gifts, b + (text[b:b + 1] == "了"))
                    for _, b, w in window)  # 赠送了锦旗: thanks, whatever goods the sentence names
                # (江苏省援藏资金还为拉萨江苏实验中学新建了…, 天津援青资金支持坎布拉镇建设…: the funder's money itself, no
                # amount, does the giving)
                own_money = bool(self._fund_noun.match(text, funders[-1].end)) and rec_pos is not None and \
                    (text.startswith(("为", "给", "向"), rec_pos) or text.startswith("支持", rec_pos) and funders[-1].start >= ss)
                if not money and hits[i] != built and not own_money and (
                        not moneyless or moneyless <= self.goods_only_triggers and not goods_named):
                    continue  # 给予那坡的真情帮扶: help, no money or goods named
                if not window and not any(a < start for a, _, _ in triggers):
                    continue
                # several amounts from one funder group to one recipient are added up
                stated = [mo.amount for mo in money if mo.amount is not None]
                amount = sum(stated, Decimal(0)) if stated else None
                approx = any(mo.approx for mo in money)
                seg = text[ss:se]
                kind = self._kind(funders, seg)
                recipients = lists.get(i, [recipient])
                separately = "分别" in seg
                # (the amounts stated, not a rate: …分别向都安县捐赠助学金50万元，…，人均500元)
                money = [mo for mo in money if mo.amount is not None] or money
                if separately and len(recipients) == len(funders) > 1:
                    # "A、B分别向C、D拨付…2000万元和1500万元": pair them in order, amounts too when as many
                    amounts = [mo.amount for mo in money] if len(money) == len(funders) else [amount] * len(funders)
                    for f, r, amt in zip(funders, recipients, amounts):
                        rels.append(Relation("funds", f.key, r.key, evidence, s, e, amount_cny=amt, approx=approx,
                                             year=year, kind=kind))
                    continue
                if separately and len(recipients) == 1 and len(funders) > 1 and len(money) == len(funders):
                    # "A、B分别向C捐赠20万元、15万元": each funder its own amount, in order
                    for f, mo in zip(funders, money):
                        rels.append(Relation("funds", f.key, recipient.key, evidence, s, e, amount_cny=mo.amount,
                                             approx=mo.approx, year=year, kind=kind))
                    continue
                if len(recipients) > 1 and breakdown >= 0:
                    # "向A、B拨付…1.26亿元，其中A6850万元、B5750万元": each its part, when every one has its own
                    parts = self._breakdown(funders, sub_parties, breakdown, window_end, set(), evidence, s, e, year,
                                            kind)
                    if {r.key for r in recipients} <= {r.tail for r in parts}:
                        rels += parts
                        continue
                if breakdown >= 0:
                    rels += self._owned_parts(sub_parties, recipients, breakdown, window_end, evidence, s, e, year)
                per_each = next((mo for mo in money if mo.amount is not None and
                                 _EACH_UNIT.search(text, max(ss, mo.start - 4), mo.start)), None)
                if len(recipients) > 1 and per_each is not None:
                    # "安排…1500万元，支持A村、B村、C村创建示范村，每村500万元": so much to each, not the total
                    for r in recipients:
                        for f in funders:
                            rels.append(Relation("funds", f.key, r.key, evidence, s, e, amount_cny=per_each.amount,
                                                 approx=per_each.approx, year=year, kind=kind))
                    continue
                if len(recipients) > 1:
                    # "向A、B、C分别拨付6500万元": each its amount; one amount for all is shared (joint) unless 分别
                    each = len(money) == len(recipients)
                    for k, r in enumerate(recipients):
                        amt = money[k].amount if each else amount
                        for f in funders:
                            rels.append(Relation("funds", f.key, r.key, evidence, s, e, amount_cny=amt, approx=approx,
                                                 joint=not each and not separately, year=year, kind=kind))
                    continue
                if breakdown >= 0:
                    # "…22.6亿元，其中莎车县7.1亿元、泽普县4.3亿元": each part named with its own amount
                    rels += self._breakdown(funders, sub_parties, breakdown, window_end, seen, evidence, s, e,
                                            year, kind)
                joint = len(funders) > 1 and "分别" not in seg
                for f in funders:
                    rels.append(Relation("funds", f.key, recipient.key, evidence, s, e, amount_cny=amount,
                                         approx=approx, joint=joint, year=year, kind=kind))
        rels += self._same_recipient(rels, parties, s, e, evidence, year)
        # (one amount found by two markers, ◆小纪镇结对峡口镇：小纪镇出资30万元，支持峡口镇…: one gift)
        unique: dict[tuple, Relation] = {}
        for r in reversed(rels):  # (the first of each kept, in the order of the last: as the facts were added)
            unique[r.head, r.tail, r.amount_cny] = r
        rels = list(unique.values())[::-1]
        return [r for r in rels if r.head != r.tail]  # no one funds himself (…与吴庙村结对，并捐资…为吴庙村…)

    def _more_posts(self, body: Mention, parties, se: int) -> list[Mention]:
        """The other bodies of posts held with one in ``body``, in its clause: 挂职日喀则市卫生健康委员会副主任、
        日喀则市人民医院院长 → the hospital too (each after a post's title and 、, 兼 or 和)."""
        text, out, last = self._text, [], body
        clause_end = self._clause_break(body.end, se)
        for p in parties:
            if p.start <= last.end or p.start >= clause_end:
                continue
            # (or after the posts of one and 和, of another place: 分别挂职元阳县委常委、副县长和绿春县委常委、副县长; the golds
            # split on a body of the same place: …万州区委常委、副区长和万州区发展和改革委员会副主任)
            if p.type in ("PERSON", "OFFICIAL", "REGION") or \
                    not _POSTS_BETWEEN.fullmatch(text, last.end, p.start) or \
                    text[p.start - 1] == "和" and self._local(body.key, self._place_of(p.key) or ""):
                break
            last = p
            if self._team_place(p) is p:  # (not the team the sender sends: …副秘书长、广东省第五扶贫协作工作组组长)
                out.append(self._post_receiver(p, se))
        return out

    def _companies_brought_in(self, parties, s, e, evidence) -> list[Relation]:
        """Companies named right after an attraction word invest in the place that brought them in, or the place
        they settle in, with the investment the sentence states: "临夏经济开发区引进厦门同辉智能装备有限公司，建设…，
        总投资6.3亿元", "引导扬州华扬食品有限公司、…等4家企业落地清涧，实际到位投资1.26亿元"."""
        text = self._text
        for m in self._attraction.finditer(text, s, e):
            at = m.end()
            companies = self._group_after(parties, at + (text[at:at + 1] == "了"), limit=0)
            companies = [c for c in companies if c.type == "ENTERPRISE"]
            if not companies:
                continue
            last = companies[-1].end
            settle = re.match(rf"(?:等[0-9{CN_DIGITS}]+家[\u4e00-\u9fff]{{0,4}}企业)?(?:落地|落户|入驻|到|在|赴)", text[last:e])
            place = next((p for p in parties if settle and p.start == last + settle.end()), None)
            if place is None:
                before = [p for p in parties if p.end <= m.start() and p.type == "REGION"]
                place = before[-1] if before and m.start() - before[-1].end <= 2 else None
            if place is None:
                continue
            money = next((mo for mo in find_money(text[last:e], last) if mo.amount is not None
                          and "投资" in text[max(last, mo.start - 6):mo.start]), None)
            if money is None:
                continue
            return [Relation("funds", c.key, place.key, evidence, s, e, amount_cny=money.amount, approx=money.approx,
                             joint=len(companies) > 1, year=find_year(text[s:e]), kind="investment")
                    for c in companies]
        return []

    def _origin_of(self, m: Mention) -> bool:
        """Followed by 籍: people from the place (为从江县籍的学生提供奖学金: they receive, not the place)."""
        return self._text.startswith("籍", m.end)

    def _each_in_place(self, parties, s, e, evidence) -> list[Relation]:
        """"A在X、B在Y分别投资2.6亿元和1.8亿元", "A向X、B向Y分别拨付财政援助资金3200万元": each giver in its own place
        or to its own recipient, with its own amount in order (or each the one amount stated)."""
        text = self._text
        if "分别" not in text[s:e]:
            return []  # (the verb needs it: most sentences are done here, before the scan of their parties)
        units = []
        for g in parties:
            if units and g is units[-1][1]:
                continue
            place = next((p for p in parties if p.start == g.end + 1 and text[g.end] in "在向给"), None)
            if place is None or units and not (units[-1][1].end + 1 == g.start and text[units[-1][1].end] == "、"):
                if units:
                    break
                continue
            units.append((g, place))
        verb = _EACH_GIVING.match(text, units[-1][1].end) if len(units) > 1 else None
        if verb is None:
            return []
        money = find_money(text[verb.end():self._clause_break(verb.end(), e)], verb.end())
        if len(money) == 1:
            money = money * len(units)  # (…分别拨付…3200万元: each that amount)
        if len(money) != len(units):
            return []
        year = find_year(text[s:e])
        return [Relation("funds", g.key, place.key, evidence, s, e, amount_cny=mo.amount, approx=mo.approx, year=year,
                         kind=self._kind([g], text[s:e])) for (g, place), mo in zip(units, money)]

    def _same_recipient(self, rels, parties, s, e, evidence, year) -> list[Relation]:
        """"山东省投入巫溪县…8650万元，章丘区投入区级财政援助资金1200万元": a clause opening with another giver and the
        same arranging verb, its money and no recipient, gives to the recipient of the clause before."""
        text = self._text
        before = [r for r in rels if r.amount_cny is not None]
        if not before:
            return []
        out = []
        for p in parties:
            if text[p.start - 1:p.start] not in ("，", ",", "；", ";") or any(r.head == p.key for r in rels):
                continue
            verb = _GOES_ON_GIVING.match(text, p.end)
            if verb is None or verb.group(1) not in text[s:p.start]:
                continue  # (the same verb in the clause before)
            clause_end = self._clause_break(p.end, e)
            if any(p.end < q.start < clause_end for q in parties):
                continue  # it names its own recipient (or more)
            money = find_money(text[verb.end():clause_end], verb.end())
            if len(money) == 1 and money[0].amount is not None:
                last = before[-1]
                out.append(Relation("funds", p.key, last.tail, evidence, s, e, amount_cny=money[0].amount,
                                    approx=money[0].approx, year=year, kind=self._kind([p], text[s:e])))
        return out

    def _built_with(self, parties, ss: int, se: int, s: int):
        """"(由)A…资金支持建设的B" / "A投资1.8亿元建设的B": B (or the place opening the sentence, 在白朗县，…) is
        where A's money went. Returns (position of the verb, recipient) or None."""
        text = self._text
        for m in self._built_re.finditer(text, ss, se):
            givers = [p for p in parties if p.end <= m.start()]
            if not givers or re.search(r"[，,；;]", text[givers[-1].end:m.start()]) or not (
                    self._fund_noun.search(text, givers[-1].end, m.start()) or
                    any(v in text[givers[-1].end:m.start()] for v in self.passive_fund_verbs)):
                continue
            grp = self._group_after(parties, m.end(), limit=0)
            if grp:
                # (双龙镇岩锣村: the village after its township)
                return m.start(), self._written_on(grp[0], parties) if grp[0].type == "REGION" else grp[0]
            opening = re.match(r"(?:在|走进|来到)", text[s:s + 2])
            place = next((p for p in parties if opening and p.start == s + opening.end() and
                          text[p.end:p.end + 1] in "，,"), None)
            if place is not None and place.end < givers[-1].start:
                return m.start(), place
            # (由A投资3.2亿元建设的苹果精深加工产业园在甘肃省陇南市礼县正式投产: where what was built stands)
            clause_end = self._clause_break(m.end(), se)
            place = next((p for p in parties if m.end() < p.start <= m.end() + 25 and p.end <= clause_end and
                          text[p.start - 1] == "在"), None)
            if place is not None:
                return m.start(), self._written_on(place, parties) if place.type == "REGION" else place
        # "A投资4.2亿元，建在B": the place where what the money built stands, right after the word
        for m in self._sited_re.finditer(text, ss, se):
            givers = [p for p in parties if p.end <= m.start()]
            grp = self._group_after(parties, m.end(), limit=0)
            if givers and grp and grp[0].start == m.end() and grp[0].type == "REGION" and \
                    find_money(text[givers[-1].end:m.start()]) and \
                    re.fullmatch(r"[，,]?[^，,；;。]*", text[givers[-1].end:m.start()]):  # (——A公司，投资1.5亿元，建在B)
                return m.start(), self._written_on(grp[0], parties)
        # "A投入…1.36亿元建成B", "A投入约3200万元，建成B住院综合楼": the school or hospital built with the money;
        # "A公司投资5200万元，建设隆德县万亩…基地": the place a project built with it opens with (the last of the
        # places written as one name)
        for m in self._built_place_re.finditer(text, ss, se):
            givers = [p for p in parties if p.end <= m.start()]
            grp = self._group_after(parties, m.end(), limit=0)
            if not givers or not grp or not find_money(text[givers[-1].end:m.start()]) or \
                    re.search(r"[；;]", text[givers[-1].end:m.start()]):
                continue
            if grp[0].type in ("SCHOOL", "HOSPITAL") and m.group().rstrip("了") in self.built_direct_verbs:
                return m.start(), grp[0]
            if grp[0].type == "REGION" and grp[0].start == m.end() and len(grp) == 1 and \
                    HAN.match(text[grp[0].end:grp[0].end + 1] or "。"):
                target = self._written_on(grp[0], parties)
                if HAN.match(text[target.end:target.end + 1] or "。"):
                    return m.start(), target
        return None

    def _breakdown(self, funders, parties, start: int, end: int, taken: set, evidence, s, e, year, kind) -> list:
        """The parts listed after 其中 in ``text[start:end]``, each a recipient right before its own amount."""
        text, rels = self._text, []
        # (not a part of the giver itself: …福建省到位固原市…资金4.96亿元，其中福州市本级安排1.02亿元)
        parts = [p for p in parties if start <= p.start and p.end <= end and p.start not in taken
                 and p.key not in {f.key for f in funders} and not self._own_money(p)
                 and not any(self._contains(f.key, p.key) for f in funders)]
        for k, part in enumerate(parts):
            stop = min(parts[k + 1].start if k + 1 < len(parts) else end, part.end + BREAKDOWN_GAP)
            money = find_money(text[part.end:stop], part.end)
            if _PART_ARRANGES.match(text, part.end) and self._side(part) != "east":
                continue  # (…，其中苍溪县、旺苍县分别安排4600万元和4100万元: the receiving side shares out what came)
            if money and not re.search(r"[，,；;。]", text[part.end:money[0].start]):
                for f in funders:
                    rels.append(Relation("funds", f.key, part.key, evidence, s, e, amount_cny=money[0].amount,
                                         approx=money[0].approx, year=year, kind=kind))
        return rels

    def _own_money(self, party) -> bool:
        """Whether money of the party's own level follows it (东丽区|区级资金, 天津市|市级帮扶资金): it gives it."""
        text = self._text
        return bool(self._own_level_funds.match(text, party.end)) and (
            text[party.end] == text[party.end - 1] or text.startswith("区县", party.end))  # (东台市|区县帮扶资金)

    def _owned_parts(self, parties, recipients, start: int, end: int, evidence, s, e, year) -> list[Relation]:
        """"…安排渭源县…9350万元，其中河西区区级帮扶资金2150万元": a part of the money a party of its own level
        gives (in ``text[start:end]``) is its gift to the same recipients, as is the part one right after 其中 gives
        (…，其中漳浦县落实4300万元)."""
        rels = []
        keys = {r.key for r in recipients}
        for p in parties:
            # (or one giving its part: …1.12亿元，其中漳浦县落实4300万元)
            gives = _PART_GIVES.match(self._text, p.end) if p.key not in keys else None
            if start <= p.start and p.end <= end and (self._own_money(p) or gives and p.start == start + 2):
                clause = self._clause_break(p.end, end)
                money = find_money(self._text[p.end:clause], p.end)
                if gives and not (money and money[0].start == gives.end()):
                    continue
                for r in recipients if money else ():
                    rels.append(Relation("funds", p.key, r.key, evidence, s, e, amount_cny=money[0].amount,
                                         approx=money[0].approx, year=year, kind=self._kind([p], self._text[s:e])))
        return rels

    def _table_rows(self, norm: str) -> dict[int, tuple]:
        """Rows of a project table flattened into lines under a header of column names
        ("序号 项目名称 实施地点 资金（万元） 资金来源"): line start -> (place span, source span, amount in yuan)."""
        rows: dict[int, tuple] = {}
        if not any(f in norm for f in self.project_fund_fields):
            return rows  # no table of projects here
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", norm)]
        header = None
        for start, line in lines:
            # cells parted by bars (序号｜项目名称｜实施地点…) or by blanks
            cell = _BAR_CELL if "|" in line or "｜" in line else _SPACED_CELL
            cells = [(m.start() + start, m.end() + start, m.group()) for m in cell.finditer(line)]
            names = [c[2] for c in cells]
            place = next((i for i, n in enumerate(names) if n in self.project_place_fields), None)
            source = next((i for i, n in enumerate(names) if n in self.project_funder_fields), None)
            source = next((i for i, n in enumerate(names) if n in self.project_fund_fields), None) if source is None \
                else source
            if place is not None and source is not None:
                unit = next(((i, m.group(1)) for i, n in enumerate(names) if (m := re.fullmatch(
                    r"(?:计划)?(?:资金|金额|投资|协作资金|帮扶资金|援助资金)(?:规模|数额|总额|额)?[(（](亿元|万元|元)[)）]", n))),
                            None)
                # or the unit said on the line above (二、项目分配明细（金额单位：万元）) for a column 金额
                # (…具体如下（金额单位：万元）： and a blank line before the header)
                before = norm[:start].rstrip()
                above = re.search(r"单位[:：]\s*(亿元|万元|元)", before[before.rfind("\n") + 1:])
                column = next((i for i, n in enumerate(names) if n in self.project_amount_fields), None)
                if unit is None and above and column is not None:
                    unit = (column, above.group(1))
                project = next((i for i, n in enumerate(names) if n in ("项目名称", "项目")), None)
                header = (len(cells), place, source, unit, project, column)
                continue
            if header is None or len(cells) != header[0]:
                header = None if not cells or len(cells) < 2 else header
                continue
            n, place, source, unit, project, column = header
            amount = None
            if unit is not None and re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?", names[unit[0]]):
                # (6,200,000 in a column of yuan)
                amount = (Decimal(names[unit[0]].replace(",", "")) * _YUAN[unit[1]]).quantize(Decimal(1))
            elif column is not None and (money := find_money(names[column])) and money[0].end == len(names[column]):
                amount = money[0].amount  # the unit in the cell (320万元)
            # the source's own share when its cell states one (苏州市…帮扶资金300万元、县级衔接…200万元 of 500万元)
            own = find_money(names[source])
            amount = own[0].amount if own else amount
            rows[start] = (cells[place][:2], cells[source][:2], amount, cells[project][:2] if project is not None else None)
        return rows

    def _sends_as_well(self, found, parties, s, e, evidence) -> list[Relation]:
        """"玉环市已累计向炉霍县投入各类帮扶资金1.36亿元，选派干部人才86名": a clause after one giving, opening with a
        sending verb and naming no one, sends its people from the giver to the recipient (``found`` with it, or
        with its count on the sending of the two found without one)."""
        text = self._text
        gifts = [r for r in found if r.type == "funds"]
        staff = [r for r in found if r.type == "seconds_staff_to"]
        if len(gifts) != 1 or staff and not (len(staff) == 1 and staff[0].headcount is None and
                                             (staff[0].head, staff[0].tail) == (gifts[0].head, gifts[0].tail)):
            return found  # (…，青岛累计向陇南投入…，选派…1100余人次: the count of a sending found without one)
        # the first clause opening with a sending verb, the last party before it one of the two
        comma = _SENDS_AGAIN_CLAUSE.search(text, s, e)
        again = _SENDS_AGAIN.match(text, comma.end()) if comma else None
        before = [p for p in parties if again is not None and p.end <= again.start()]
        if not before or before[-1].key not in (gifts[0].head, gifts[0].tail):
            return found  # (…资金5420万元，A医院与B医院结对，派驻医生9名: the hospitals' people)
        end = self._clause_break(again.end(), e)
        count = self._headcount(text[again.end():end])
        if not count or any(again.end() <= p.start < end for p in parties):
            return found
        sent = Relation("seconds_staff_to", gifts[0].head, gifts[0].tail, evidence, s, e, headcount=count)
        return [r for r in found if r not in staff] + [sent]

    def _leading_figure(self, found: list[Relation], s: int) -> list[Relation]:
        """"【12名】扬州市江都人民医院全年选派到略阳县医院的帮扶专家…", "【15.8万元】…向…捐赠的…总价值": a figure in
        brackets opening the line is the count (or the amount) of the one fact of its kind found in it, when that
        fact states none."""
        m = _LEADING_FIGURE.match(self._text, s)
        if m is None:
            return found
        money = find_money(m.group(1)) if not m.group(1).endswith(("名", "人", "位")) else []
        kind = "funds" if money else "seconds_staff_to"
        of_kind = [r for r in found if r.type == kind]
        if len(of_kind) != 1 or (of_kind[0].amount_cny if money else of_kind[0].headcount) is not None:
            return found
        filled = replace(of_kind[0], amount_cny=money[0].amount, approx=money[0].approx) if money else \
            replace(of_kind[0], headcount=int(m.group(1)[:-1]))
        return [filled if r is of_kind[0] else r for r in found]

    def _each_place_its_count(self, parties, s, e, evidence) -> list[Relation]:
        """"其中，东丽区派驻静宁县41人、庄浪县35人": after a sending verb, places each followed by its own count, listed
        with 、: the sender sends each its count."""
        text = self._text
        verbs = list(_SENDS_RIGHT_AFTER.finditer(text, s, e))
        if not verbs:
            return []  # (no sending verb at all)
        for m in verbs:
            sender = next((p for p in parties if p.end == m.start()), None)
            rels, pos = [], m.end()
            while sender is not None:
                place = next((p for p in parties if p.start == pos and p.key != sender.key), None)
                count = HEADCOUNT.match(text, place.end) if place is not None else None
                if count is None:
                    break
                rels.append(Relation("seconds_staff_to", sender.key, place.key, evidence, s, e,
                                     headcount=_people_number(count.group(1))))
                pos = count.end() + 1
                if text[count.end():pos] != "、":
                    break
            if len(rels) >= 2:
                return rels
        # "静宁县选派20名、庄浪县选派18名干部和技术人员到东丽区跟岗学习": senders each with its own count, one receiver
        groups, pos = [], None
        for p in parties:
            if pos is not None and p.start != pos:
                continue
            verb = _SENDS_RIGHT_AFTER.match(text, p.end)
            count = HEADCOUNT.match(text, verb.end()) if verb else None
            if count is None:
                if groups:
                    break
                continue
            groups.append((p, _people_number(count.group(1))))
            pos = count.end() + 1 if text[count.end():count.end() + 1] == "、" else -1
        if len(groups) < 2:
            return []
        clause = self._clause_break(groups[-1][0].end, e)
        receiver = next((p for p in parties if groups[-1][0].end < p.start < clause and
                         text[p.start - 1:p.start] in ("到", "赴")), None)
        if receiver is None:
            return []
        return [Relation("seconds_staff_to", p.key, receiver.key, evidence, s, e, headcount=n) for p, n in groups
                if p.key != receiver.key]

    def _dash_sent_line(self, parties, s, e, evidence) -> list[Relation]:
        """"济南市农业科学研究院—康乐县高原夏菜专家工作站（派驻专家3名）": a line of two parties joined by a dash, the
        sending in brackets at its end: the first sends so many to the second."""
        m = _DASH_SENT_LINE.fullmatch(self._text, s, e)
        if m is None:
            return []
        senders = [p for p in parties if m.start("a") <= p.start and p.end <= m.end("a")]
        receivers = [p for p in parties if m.start("b") <= p.start and p.end <= m.end("b")]
        if not senders or not receivers or senders[-1].end != m.end("a") or receivers[0].start != m.start("b") or \
                senders[-1].key == receivers[0].key:
            return []
        return [Relation("seconds_staff_to", senders[-1].key, receivers[0].key, evidence, s, e,
                         headcount=self._headcount(m.group("sent")))]

    def _host_unit_line(self, parties, s, e, evidence) -> list[Relation]:
        """"1.石阡县人民医院：重症医学科医师2名、麻醉科医师1名，进修单位为苏州市相城区人民医院；": the parties opening
        the line before its colon send the people counted to the host unit the line names."""
        text = self._text
        m = _HOST_UNIT.search(text, s, e)
        colon = re.search(r"[:：]", text[s:e])
        if m is None or colon is None or s + colon.start() > m.start():
            return []
        host = [p for p in parties if p.start == m.end()]
        senders = self._group_before([p for p in parties if p.end <= s + colon.start()], s + colon.start())
        if not host or not senders or not _ROW_NUMBER.fullmatch(text, s, senders[0].start):
            return []
        said = text[s + colon.end():m.start()]
        count = self._headcount(said)
        each = "各" in said  # (A、B：全科医生各2名: so many from each; A：产科、儿科医师各1名: so many of each kind)
        if each and count is not None and len(senders) == 1:
            count *= said[:said.index("各")].count("、") + 1
        return [Relation("seconds_staff_to", x.key, host[0].key, evidence, s, e, headcount=count,
                         joint=count is not None and len(senders) > 1 and not each)
                for x in senders if x.key != host[0].key]

    def _column_rows(self, norm: str, left_columns: tuple, right_columns: tuple, both_end: tuple = (),
                     kind_columns: tuple = (), place_columns: bool = False) -> dict[int, tuple]:
        """Rows of a table under a header naming its columns, cells parted by bars or by spaces (序号 | 姓名 | 派出学校 |
        学科 | 受援学校; 序号｜企业名称｜结对村｜帮扶情况): line start -> (left cell span, right cell span, the header's
        names, the row's cells), the columns whose names start with one of ``left_columns`` and ``right_columns``
        (or the two ending with one of ``both_end``, or else the first two beside a column of ``kind_columns`` whose cell
        in the row says 结对; or, with ``place_columns``, the two named by a side's place and the level of its parties,
        one saying it pairs or is helped); the header's own line maps to None. A row whose party cell is left blank under a merged
        one is no row (with spaces parting its cells it has fewer cells than the header)."""
        rows: dict[int, tuple] = {}
        if not any(w in norm for w in right_columns + both_end + kind_columns):
            return rows  # no such table here
        header = None
        for line in re.finditer(r"[^\n]+", norm):
            if "\t" in line.group() and not _BAR.search(line.group()):
                # cells parted by tabs keep their places when blank (2	江宁区秣陵街道	柞水县营盘镇		2021.06)
                cells, pos = [], line.start()
                for part in line.group().split("\t"):
                    lead = len(part) - len(part.lstrip())
                    cells.append((pos + lead, pos + len(part.rstrip()), part.strip()))
                    pos += len(part) + 1
            else:
                cell = _BAR_CELL if _BAR.search(line.group()) else _SPACED_CELL
                cells = [(line.start() + m.start(), line.start() + m.end(), m.group()) for m in cell.finditer(line.group())]
            names = [c[2] for c in cells]
            left = next((i for i, n in enumerate(names) if _column_named(n, left_columns)), None)
            right = next((i for i, n in enumerate(names) if _column_named(n, right_columns)), None)
            sides = [i for i, n in enumerate(names) if len(n) <= 8 and both_end and n.endswith(both_end)]
            if (left is None or right is None) and len(sides) == 2:
                left, right = sides  # (序号	南京结对方	商洛结对方	结对类型: the two sides named alike)
            kind = None
            if left is None or right is None:
                kind = next((i for i, n in enumerate(names) if n in kind_columns), None)
            if kind is not None:
                # (安吉县乡镇（街道）	青川县乡镇	结对形式: the two columns beside the kind of pairing)
                sides = [i for i, n in enumerate(names) if i != kind and n not in ("序号", "编号") and 2 <= len(n) <= 10]
                left, right = sides[:2] if len(sides) >= 2 else (None, None)
            if (left is None or right is None) and place_columns:
                # (宜兴市镇（街道）｜宜川县结对镇（乡、街道）, 晋江市结对镇　隆德县受援乡镇: each side's places under a
                # column named by its place, one of them saying it pairs or is helped)
                led = [i for i, n in enumerate(names) if len(n) <= 14 and _PLACE_COLUMN.match(n)]
                if len(led) == 2 and any(_PLACE_COLUMN.match(names[i]).group(1) for i in led):
                    left, right = led
            # (keyed where the line's sentence starts: after its leading blanks, 　1    晋江市慈善总会 …)
            at = line.start() + len(line.group()) - len(line.group().lstrip(" \t\r\u3000"))
            if left is not None and right is not None and left != right:
                header = (len(cells), left, right, names, kind, line.start())
                rows[at] = None  # the header's line, itself no row
                continue
            if header is None or len(cells) != header[0]:
                header = None if len(cells) < 2 else header
                continue
            if not cells[header[1]][2] or not cells[header[2]][2]:
                continue  # (	西林县	3120…: a cell left blank under a merged one names nothing)
            if header[4] is not None and "结对" not in cells[header[4]][2]:
                continue  # (a row of another kind: 技术协作)
            rows[at] = (cells[header[1]][:2], cells[header[2]][:2], header[3], cells, header[5])
        return rows

    def _column_amount(self, names, cells, header_start: int):
        """The amount in yuan a table's row states in its column of money (金额（万元）, or 折合金额 under a line
        above the header saying 单位：万元), or None."""
        # (the line above the header, past blank lines: 单位：万元, 现将项目情况公布如下（金额单位：万元）)
        text, line, end = self._text, "", header_start
        while end > 0 and not line.strip():
            start = text.rfind("\n", 0, end - 1) + 1
            line, end = text[start:end], start
        above = re.search(r"单位[:：]\s*(亿元|万元|元)", line)
        # (计划总投资 | 2024年实际到位: the money put in, not the plan, when the table tells both)
        actual = [k for k, name in enumerate(names) if self._actual_column.search(name)]
        for k, (name, (_, _, value)) in enumerate(zip(names, cells)):
            unit = re.search(r"[(（](亿元|万元|元)[)）]", name)
            base = name[:unit.start()] if unit else name
            if actual and k not in actual or not actual and base not in self.project_amount_fields and "金额" not in base:
                continue
            unit = unit.group(1) if unit else above.group(1) if above else None
            number = re.fullmatch(r"约?([0-9]+(?:\.[0-9]+)?)", value)
            if number and unit:
                return (Decimal(number.group(1)) * _YUAN[unit]).quantize(Decimal(1)), value.startswith("约")
            money = find_money(value)
            if money and money[0].amount is not None:
                return money[0].amount, money[0].approx
        return None

    def _gift_table_row(self, row, parties, s, e, evidence) -> list[Relation]:
        """A row of a table of gifts (捐赠单位	受赠地区（单位）	捐赠内容	折合金额): the party of the giver's cell gives
        the row's amount to the party of the recipient's cell."""
        (fs, fe), (ts, te) = row[:2]
        # (not a place the giver is only said to come from: 晋江籍乡贤许天赐, a person)
        givers = [p for p in parties if fs <= p.start and p.end <= fe
                  and not self._text.startswith(self._generic_head_tuple, p.end)]
        recipients = [p for p in parties if ts <= p.start and p.end <= te]
        if not givers or not recipients or givers[-1].key == recipients[-1].key:
            return []
        amount = self._column_amount(row[2], row[3], row[4])
        if amount is None and any(self._actual_column.search(n) for n in row[2]):
            return []  # (a project signed, nothing put in yet: 签约待建, — under 实际到位)
        return [Relation("funds", givers[-1].key, recipients[-1].key, evidence, s, e,
                         amount_cny=amount[0] if amount else None, approx=bool(amount and amount[1]),
                         year=find_year(self._text[s:e]), kind=self._kind(givers[-1:], self._text[s:e]))]

    def _partner_table_row(self, row, parties, s, e, evidence) -> list[Relation]:
        """A row of a table of pairs (序号｜企业名称｜结对村｜帮扶情况): the party of the first column pairs with the
        partner of the second; money the row gives (捐资60万元, 投资1200万元) goes from the one to the other."""
        (fs, fe), (ts, te) = row[:2]
        firsts = [p for p in parties if fs <= p.start and p.end <= fe]
        partners = [p for p in parties if ts <= p.start and p.end <= te]
        if not firsts or not partners or firsts[-1].key == partners[-1].key:
            return []
        giver, partner = firsts[-1], partners[-1]
        rels = [Relation("pairs_with", giver.key, partner.key, evidence, s, e)]
        if len(partners) > 1 and partners[0].start == ts and partner.end == te and all(
                self._text[a.end:b.start] == "、" for a, b in pairwise(partners)):
            # (新安街道	安阳镇、澄江镇: a cell listing its places, each a partner)
            rels = [Relation("pairs_with", giver.key, p.key, evidence, s, e) for p in partners if p.key != giver.key]
            return rels
        rest = self._text[max(fe, te):e]
        money = [mo for mo in find_money(rest) if mo.amount is not None]
        names, cells = row[2], row[3]
        # (结对城区	结对县	财政援助资金（万元）	选派党政干部（人）…: the columns say what the numbers are)
        amount, count = None, 0
        for name, (_, _, value) in zip(names, cells):
            unit = re.search(r"[(（](亿元|万元|元|人|名)[)）]", name)
            if unit is None or not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", value):
                continue
            if unit.group(1) in ("人", "名") and any(w in name for w in self.table_staff_words):
                count += int(Decimal(value))
            elif unit.group(1).endswith("元") and amount is None and any(w in name for w in ("资金", "金额", "捐赠", "投入")):
                amount = (Decimal(value) * _YUAN[unit.group(1)]).quantize(Decimal(1))
        if amount:  # (0 in the column: nothing given yet)
            rels.append(Relation("funds", giver.key, partner.key, evidence, s, e, amount_cny=amount,
                                 year=find_year(self._text[s:e]), kind=self._kind([giver], " ".join(names))))
        elif money and self._find_all(rest, self.fund_triggers, 0, len(rest)):
            rels.append(Relation("funds", giver.key, partner.key, evidence, s, e, amount_cny=money[0].amount,
                                 approx=money[0].approx, year=find_year(self._text[s:e]), kind=self._kind([giver], rest)))
        if count:
            rels.append(Relation("seconds_staff_to", giver.key, partner.key, evidence, s, e, headcount=count))
        return rels

    def _staff_table_row(self, row, parties, mentions, s, e, evidence) -> list[Relation]:
        """A row of a table of people sent: the party of the sender's cell sends the row's person (if named) to
        the party of the receiver's cell."""
        (fs, fe), (ts, te) = row[:2]
        senders = [p for p in parties if fs <= p.start and p.end <= fe]
        receivers = [p for p in parties if ts <= p.start and p.end <= te]
        if not senders or not receivers or senders[-1].key == receivers[-1].key:
            return []
        people = tuple(m.key for m in mentions if s <= m.start and m.end <= e and m.type in ("PERSON", "OFFICIAL")
                       and m.key and not (fs <= m.start < fe or ts <= m.start < te))
        # (受援医院	派出医院	派驻科室	人数（人）: the row's count of those sent)
        # (支援医院	受援医院	2025年派驻专家 … 6名: the count with its measure word, under a column of those sent)
        count = next((int(value.rstrip("名人")) for name, (_, _, value) in zip(row[2], row[3])
                      if (re.match(r"人数|[^（(]*[（(][人名][)）]", name) or re.search(r"派驻|派出|选派|人数", name))
                      and re.fullmatch(r"[0-9]+[名人]?", value)), None)
        out = [Relation("seconds_staff_to", senders[-1].key, self._post_receiver(receivers[-1], te).key, evidence,
                        s, e, headcount=count, secondees=people[:1])]
        # a table of institutions helping and helped, no one named, under a title saying they pair (表1　2025年深百
        # 结对医院派驻人员及设备捐赠情况): each row's two pair, and the money of its column of gifts goes across
        title = self._text[self._text.rfind("\n", 0, max(0, row[4] - 1)) + 1:row[4]]
        institutions = {self._entities[p.key].type for p in (senders[-1], receivers[-1]) if p.key in self._entities}
        if not people and institutions <= {"HOSPITAL", "SCHOOL"} and _PAIRED_TITLE.search(title) and \
                not any(n in ("姓名", "名字") for n in row[2]):
            out.append(Relation("pairs_with", senders[-1].key, receivers[-1].key, evidence, s, e))
            for name, (_, _, value) in zip(row[2], row[3]):
                given = _GIFT_COLUMN.fullmatch(name)
                if given and re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", value):
                    amount = (Decimal(value) * _YUAN[given.group("unit")]).quantize(Decimal(1))
                    out.append(Relation("funds", senders[-1].key, receivers[-1].key, evidence, s, e,
                                        amount_cny=amount, kind="donation" if given.group(1) == "捐赠" else
                                        self._kind(senders[-1:], title)))
        return out

    def _table_row(self, row, parties, s, e, evidence) -> list[Relation]:
        """A project table's row: the funder its source cell names gives to the place of its place cell."""
        if row is None:
            return []
        (ps, pe), (fs, fe), amount, project = row
        recipients = [p for p in parties if ps <= p.start and p.end <= pe]
        # an institution the project's name opens with receives it (象达镇中心卫生院医疗设备购置项目 | 象达镇 | …)
        # (or any party it opens with, when the place cell names none: 龙陵县农村劳动力转移就业补助项目 | 全县)
        recipients += [p for p in parties if project is not None and p.start == project[0] and p.end <= project[1]
                       and (p.type in ("HOSPITAL", "SCHOOL") or not recipients)]
        funders = [p for p in parties if fs <= p.start and p.end <= fe]
        if not recipients or not funders:
            return []
        return [Relation("funds", funders[0].key, recipients[-1].key, evidence, s, e, amount_cny=amount,
                         kind=self._kind(funders[:1], self._text[s:e]))]

    def _fields(self, s: int, e: int) -> dict[str, tuple[int, int]]:
        """The "name：value；" fields of a line (受援县（区）：西吉县；金额：2100万元): name -> value span."""
        fields: dict[str, tuple[int, int]] = {}
        for m in re.finditer(r"([\u4e00-\u9fff（）()]{2,8})[:：]([^；;。\n｜|]*)", self._text[s:e]):
            fields.setdefault(m.group(1), (s + m.start(2), s + m.end(2)))
        # or written into the sentence, each opening a clause: "…项目：建设地点沙州镇，资金来源为安吉县结对帮扶资金，
        # 资金规模860万元"
        for m in self._inline_field.finditer(self._text, s, e):
            fields.setdefault(m.group(1), (m.start(2), m.end(2)))
        return fields

    def _project_line(self, parties, s, e, evidence) -> list[Relation]:
        """A project line of a 公示: "项目名称：…；实施地点：东乡县果园镇；资金来源：厦门市思明区东西部协作资金480万元；…"
        or "单位：福州市鼓楼区；受援县（区）：西吉县；金额：2100万元" → the funder the source or unit field names gives
        the amount stated to the place where the project is."""
        text = self._text
        item = None
        if not any(f in text[s:e] for f in self.project_place_fields):
            # (or a numbered project whose name opens with its place, its fields after ；: 1．策勒县人民医院综合楼建设
            # 项目；援建单位：天津市西青区；天津援疆资金：4600万元；)
            item = self._project_item_fields.match(text, s, e)
            if item is None:
                return []
        fields = self._fields(s, e)
        place = item.span("name") if item else next((fields[f] for f in self.project_place_fields if f in fields), None)
        source = next((fields[f] for f in self.project_funder_fields if f in fields), None) or \
            next((fields[f] for f in self.project_fund_fields if f in fields), None)
        # (or the funder named inside the amount's field: 资金规模：东西部协作资金420万元，西湖区三墩镇捐赠资金30万元)
        in_amount = source is None and next((fields[f] for f in self.project_amount_fields if f in fields and any(
            fields[f][0] <= p.start and p.end <= fields[f][1] for p in parties)), None)
        source = source or in_amount
        if place is None or source is None:
            return []
        recipients = [p for p in parties if place[0] <= p.start and p.end <= place[1]]
        if item:
            # the party the name opens with (策勒县达玛沟乡…: one, the places written as one name folded)
            recipients = [r for r in recipients[:1] if r.start == place[0]]
        funders = [p for p in parties if source[0] <= p.start and p.end <= source[1]]
        if in_amount and recipients:
            # each funder there its own amount, the first after it (…江阴市帮扶资金88万元，江阴市祝塘镇结对帮扶资金20万元)
            out = []
            for f, nxt in zip(funders, [q.start for q in funders[1:]] + [source[1]]):
                own = [mo for mo in find_money(text[f.end:nxt], f.end) if mo.amount is not None][:1]
                if own and f.key != recipients[-1].key:
                    out.append(Relation("funds", f.key, recipients[-1].key, evidence, s, e, amount_cny=own[0].amount,
                                        approx=own[0].approx, year=find_year(text[s:e]), kind=self._kind([f], text[s:e])))
            return out
        money = find_money(text[source[0]:source[1]], source[0]) or [
            mo for f in self.project_amount_fields if f in fields for mo in find_money(text[slice(*fields[f])],
                                                                                      fields[f][0])] or [
            mo for f in fields if f.endswith(("资金", "金额")) and not any(w in f for w in self._plan_words)
            for mo in find_money(text[slice(*fields[f])], fields[f][0])]  # (not 计划天津援疆资金：2400万元)
        if not recipients or not funders or not money:
            return []
        return [Relation("funds", funders[0].key, recipients[-1].key, evidence, s, e, amount_cny=money[0].amount,
                         approx=money[0].approx, year=find_year(text[s:e]), kind=self._kind(funders[:1], text[s:e]))]

    def _gave_where_sent(self, found, parties, s, e, evidence) -> list[Relation]:
        """"广东省先后选派…干部人才到林芝工作，累计投入援藏资金130余亿元": a place that sent staff to another, then a
        clause naming no one with money put in (投入, 拨付…) and its amount: the money went where the staff did."""
        text = self._text
        staff = [r for r in found if r.type == "seconds_staff_to"]
        if len(staff) != 1 or any(self._entities[k].type != "REGION" for k in (staff[0].head, staff[0].tail)):
            return []
        sent = staff[0]
        # (the place right after the word of going: 到林芝工作; not 慈溪、布拖两地共引导…，落实社会帮扶资金…)
        there = [p for p in parties if p.key == sent.tail and text.endswith(("到", "赴", "前往", "奔赴"), s, p.start)]
        if not there:
            return []
        pos = self._clause_break(there[0].end, e)
        while pos < e and text[pos] in "，,":
            end = self._clause_break(pos + 1, e)
            if any(pos < p.start < end for p in parties):
                return []
            given = _GIVEN_AFTER_SENT.match(text, pos + 1, end)
            money = find_money(text[pos + 1:end], pos + 1) if given else []
            if given and money and money[0].amount is not None and self._fund_noun.search(text, given.end(), money[0].start):
                return [Relation("funds", sent.head, sent.tail, evidence, s, e, amount_cny=money[0].amount,
                                 approx=money[0].approx, year=find_year(text[s:e]), kind="aid")]
            pos = end
        return []

    def _corrected_figures(self, found, s, e) -> list[Relation]:
        """A figure corrected in the sentence is the one stated: "…“…拨付…资金4560万元”有误，经核实应为4650万元", "…投入
        援疆资金1.2亿元，此前报道中的“1.5亿元”为…概算数字", "…3860万元，较开工时公布的3200万元有所增加": the figure after
        应为, or else the one figure not named as published before, compared with or quoted as wrong."""
        text = self._text
        if not _FIGURE_CORRECTED.search(text, s, e):
            return found
        money = find_money(text[s:e], s)
        counts = list(HEADCOUNT.finditer(text, s, e))
        quoted = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”", text[s:e])]
        wrong_quote = "有误" in text[s:e] or "更正" in text[s:e]

        def stated(spans):
            right = [x for x in spans if _RIGHT_FIGURE.search(text, max(s, x[0] - 8), x[0])]
            if right:
                return right[0]
            kept = [x for x in spans if not _EARLIER_FIGURE.search(text, max(s, x[0] - 14), x[0]) and not (
                wrong_quote and any(s + a < x[0] < s + b for a, b in quoted))]
            return kept[0] if len(kept) == 1 and len(spans) > 1 else None

        amount = stated([(mo.start, mo) for mo in money])
        count = stated([(m.start(), m) for m in counts])
        funds = [r for r in found if r.type == "funds" and r.amount_cny is not None]
        staff = [r for r in found if r.type == "seconds_staff_to"]
        out = []
        for r in found:
            if amount is not None and len(funds) == 1 and r is funds[0]:
                r = replace(r, amount_cny=amount[1].amount, approx=amount[1].approx)
            elif count is not None and len(staff) == 1 and r is staff[0]:
                r = replace(r, headcount=self._headcount(count[1].group()))
            out.append(r)
        return out

    def _since_helping(self, found, parties, s, e, evidence) -> list[Relation]:
        """"自1995年对口支援昌都以来，重庆已先后选派10批援藏干部人才，…累计投入援藏资金超过30亿元": the one helped in the
        opening clause receives what the subject after it, the only party of the rest, sent or gave."""
        text = self._text
        opening = _SINCE_HELPING.match(text, s)
        if opening is None:
            return []
        a, b = opening.span("helped") if opening.group("helped") else opening.span("partner")
        helped = [p for p in parties if a <= p.start and p.end <= b]
        rest = [p for p in parties if p.start >= opening.end()]
        if len(helped) != 1 or len(rest) != 1 or rest[0].start != opening.end() or rest[0].key == helped[0].key or \
                self._local(rest[0].key, self._place_of(helped[0].key) or ""):
            return []
        giver, receiver, said = rest[0], helped[0], text[rest[0].end:e]
        out = []
        sent = next((a for a, _, w in self._find_all(text, self.staff_triggers, giver.end, e) if w in self.strong_staff),
                    None)
        if not any(r.type == "seconds_staff_to" for r in found) and sent is not None:
            out.append(Relation("seconds_staff_to", giver.key, receiver.key, evidence, s, e,
                                headcount=self._headcount(text[sent:self._clause_break(sent, e)])))
        money = find_money(said, giver.end)
        if not any(r.type == "funds" for r in found) and money and money[0].amount is not None and \
                any(w in said for w in self.place_verbs):
            out.append(Relation("funds", giver.key, receiver.key, evidence, s, e, amount_cny=money[0].amount,
                                approx=money[0].approx, year=find_year(text[s:e]), kind=self._kind([giver], said)))
        return out

    def _paired_line_amount(self, found, parties, s, e, evidence) -> list[Relation]:
        """"一、A公司（江都区）结对B村；帮扶资金60万元；建设内容：…": a line pairing its first party with another, then a
        field of the money: the first gives the other that amount."""
        text = self._text
        pairs = [r for r in found if r.type == "pairs_with"]
        first = parties[0] if parties else None
        if len(pairs) != 1 or first is None or first.key not in (pairs[0].head, pairs[0].tail):
            return []
        field = _PAIR_LINE_AMOUNT.search(text, first.end, e)
        if field is None or any(field.start() <= p.start < field.end() for p in parties):
            return []
        money = find_money(field.group(), field.start())
        other = pairs[0].tail if first.key == pairs[0].head else pairs[0].head
        if not money or money[0].amount is None:
            return []
        return [Relation("funds", first.key, other, evidence, s, e, amount_cny=money[0].amount, approx=money[0].approx,
                         year=find_year(text[s:e]), kind=self._kind([first], text[s:e]))]

    def _gift_after_pairing(self, found, parties, s, e, evidence) -> list[Relation]:
        """"…代表团来到奇台县坎尔孜乡，与坎尔孜乡签订结对帮扶协议，并捐赠帮扶资金30万元": a gift with no one named after
        it, in the clause after the sentence's one pairing, goes from the pair's giving side to the other."""
        text = self._text
        pairs = [r for r in found if r.type == "pairs_with"]
        if len(pairs) != 1:
            return []
        partner = max((p for p in parties if p.key == pairs[0].tail), key=lambda p: p.start, default=None)
        gift = _GIFT_AFTER_PAIRING.search(text, partner.end, e) if partner is not None else None
        if gift is None or any(gift.start() <= p.start < self._clause_break(gift.end(), e) for p in parties):
            return []
        money = find_money(text[gift.end():self._clause_break(gift.end(), e)], gift.end())
        if not money or money[0].amount is None:
            return []
        giver = next(p for p in parties if p.key == pairs[0].head)
        return [Relation("funds", pairs[0].head, pairs[0].tail, evidence, s, e, amount_cny=money[0].amount,
                         approx=money[0].approx, year=find_year(text[s:e]),
                         kind=self._kind([giver], text[gift.start():e]))]

    def _more_recipients_listed(self, found, parties, s, e, evidence) -> list[Relation]:
        """"广东安排巴宜区援藏资金1.12亿元、波密县8560万元、察隅县9240万元": after a recipient and its amount, more
        places each with its own amount, listed after 、, get theirs from the same giver."""
        text, out = self._text, []
        by_start = {p.start: p for p in parties}
        have = {r.tail for r in found if r.type == "funds"}  # (those a breakdown or a list gave already)
        for r in [r for r in found if r.type == "funds" and r.amount_cny is not None]:
            # (the recipient written right before its amount, the kind of money between at most)
            ends = [m[0].end for p in parties if p.key == r.tail and (m := find_money(text[p.end:p.end + 16], p.end)) and
                    m[0].amount == r.amount_cny and self._fund_noun.sub("", text[p.end:m[0].start]) == ""]
            if not ends:
                continue
            pos = ends[0]
            while text[pos:pos + 1] == "、" and (p := by_start.get(pos + 1)) is not None and p.type == "REGION" and \
                    (m := find_money(text[p.end:p.end + 12], p.end)) and m[0].start == p.end and p.key != r.head:
                if p.key in have:
                    break
                out.append(replace(r, tail=p.key, amount_cny=m[0].amount, approx=m[0].approx))
                have.add(p.key)
                pos = m[0].end
        return out

    def _bracket_fields(self, parties, s, e, evidence) -> list[Relation]:
        """A project's investor, amount and place in brackets after its name, each a field of its own
        (年产5万吨高性能改性塑料项目（江阴澄宇新材料科技有限公司，3.2亿元，永坪镇）): the investor funds the place."""
        text, rels = self._text, []
        for m in _BRACKET_FIELDS.finditer(text, s, e):
            (a, b), (c, d), (x, y) = m.span(1), m.span(2), m.span(3)
            funder = [p for p in parties if p.start == a and p.end == b]
            place = [p for p in parties if p.start == x and p.end == y and p.type == "REGION"]
            money = find_money(text[c:d], c)
            if funder and place and len(money) == 1 and re.fullmatch(r"(?:约|近|超|逾)?[0-9.]+(?:亿|万)?元", text[c:d]):
                rels.append(Relation("funds", funder[0].key, self._written_on(place[0], parties).key, evidence, s, e,
                                     amount_cny=money[0].amount, approx=money[0].approx, year=find_year(text[s:e]),
                                     kind="investment" if funder[0].type == "ENTERPRISE" else
                                     self._kind(funder, text[s:e])))  # (a company's project: what it invests)
        return rels

    def _topic_head(self, parties, s, e):
        """A line or sentence opening with the party it is about and a colon or 方面 (互助县：常熟市拨付…; 渭源县方面，
        胶州市全年拨付…), then another party of the other side opening what follows: (topic, subject, body start)."""
        text = self._text
        lead = self._item_lead.match(text, s).end()
        topic = next((p for p in parties if p.start == lead), None)
        if topic is None:
            return None
        mark = _TOPIC_MARK.match(text, topic.end, e)
        subject = next((p for p in parties if mark and p.start == mark.end()), None)
        if subject is None or {self._side(topic), self._side(subject)} != {"east", "west"}:
            return None
        return topic, subject, subject.end

    def _topic_funds(self, parties, s, e, evidence) -> list[Relation]:
        """"互助县：常熟市拨付财政援助资金2980万元，选派…": the subject gives the topic the amount after its verb."""
        head = self._topic_head(parties, s, e)
        if head is None:
            return []
        topic, giver, body = head
        text = self._text
        clause_end = self._clause_break(body, e)
        if any(body <= p.start < clause_end for p in parties):
            return []  # (another party in the clause: its own recipient)
        verbs = [t for t in self._find_all(text, self.fund_triggers, body, clause_end) if t[0] - body <= 4]
        money = find_money(text[body:clause_end], body)
        if not verbs or not money or self._not_given(money[0], s, [giver]):
            return []
        return [Relation("funds", giver.key, topic.key, evidence, s, e, amount_cny=money[0].amount,
                         approx=money[0].approx, year=find_year(text[s:e]), kind=self._kind([giver], text[s:e]))]

    def _senders_after_colon(self, parties, s, e, evidence) -> list[Relation]:
        """"新一批包科团队进驻江孜县人民医院：A派出…，B派出…": the place the team went into, before the colon,
        receives from each party opening a clause after it with a sending verb."""
        text = self._text
        colon = text.find("：", s, e)
        if colon < 0:
            colon = text.find(":", s, e)
        receiver = next((p for p in reversed(parties) if p.end == colon), None)
        if receiver is None or not text.endswith(self.staff_markers_tuple, 0, receiver.start):
            return []
        rels, pos = [], colon + 1
        while pos < e:
            end = self._clause_break(pos, e)
            sender = next((p for p in parties if p.start == pos), None)
            if sender is None or sender.key == receiver.key or \
                    not text.startswith(self._strong_staff_tuple, sender.end) or \
                    any(pos <= p.start < end for p in parties if p is not sender):
                return []
            rels.append(Relation("seconds_staff_to", sender.key, receiver.key, evidence, s, e))
            pos = end + 1
        return rels

    def _topic_staff(self, parties, s, e, evidence) -> list[Relation]:
        """"互助县：常熟市拨付…，选派干部3名、专技人才42名，…": the subject sends the topic those it counts."""
        head = self._topic_head(parties, s, e)
        if head is None:
            return []
        topic, sender, body = head
        text = self._text
        for a, b, w in self._find_all(text, self.staff_triggers, body, e):
            if w not in self.strong_staff or any(body <= p.start < a for p in parties):
                return []
            clause_end = self._clause_break(b, e)
            count = self._headcount(text[b:clause_end])
            if count is None or any(b <= p.start < clause_end for p in parties):
                return []
            return [Relation("seconds_staff_to", sender.key, topic.key, evidence, s, e, headcount=count)]
        return []

    def _allocation_line(self, parties, s, e, evidence) -> list[Relation]:
        """A line of an allocation notice: "1.普格县1180万元，其中北仑区援助资金980万元、市级统筹资金200万元，主要用于…":
        the place opening the line receives from each party named in the breakdown its share (all of it after
        全部为: "7.甘洛县1120万元，全部为结对帮扶甘洛县的鄞州区援助资金")."""
        text = self._text
        head = next((p for p in parties if p.type == "REGION" and _ROW_NUMBER.fullmatch(text, s, p.start)), None)
        if head is None:
            return []
        total = find_money(text[head.end:e], head.end)
        if not total or total[0].amount is None or re.sub(r"[:：\s]", "", text[head.end:total[0].start]):
            return []  # the amount right after the place
        m = re.match(r"[，,](其中|全部为)", text[total[0].end:e])
        if m is None:
            return []
        start = total[0].end + m.end()
        stop = self._clause_break(start, e)
        rels, pos = [], start
        for item in re.split(r"、", text[start:stop]):
            a, b = pos, pos + len(item)
            pos = b + 1
            givers = [p for p in parties if a <= p.start and p.end <= b and p.key != head.key]
            if not givers or not self._fund_noun.search(text, givers[-1].end, b):
                continue
            money = find_money(item, a)
            amount = money[0] if money else (total[0] if m.group(1) == "全部为" else None)
            if amount is None:
                continue
            rels.append(Relation("funds", givers[-1].key, head.key, evidence, s, e, amount_cny=amount.amount,
                                 approx=amount.approx, year=find_year(text[s:e]),
                                 kind=self._kind(givers[-1:], text[a:b])))
        return rels

    def _allocated_list(self, parties, s, e, evidence, parts: bool = False) -> list[Relation]:
        """Money allocated in a list after a colon: "湖州市财政援助资金分别安排到7个县区：利州区3800万元、昭化区3600万元…"
        → the party whose money it is gives each place its amount."""
        text = self._text
        lead = _ALLOCATED_TO.search(text, s, e) if not parts else _PARTS_AFTER.search(text, s, e)
        if lead is None:
            return []
        if not parts:
            givers = [p for p in parties if p.end <= lead.start() and self._fund_noun.match(text, p.end)
                      and not re.search(r"[，,；;：:]", text[p.end:lead.start()])][-1:]
        else:
            # "北京市安排援疆资金21.6亿元，其中和田市6.3亿元、墨玉县7.1亿元…": the parts after 其中 of money its giver,
            # the sentence's first party, arranged; none received before 其中
            if not find_money(text[s:lead.start()]) or any(
                    p.start < lead.start() and text.endswith(("向", "给", "为"), 0, p.start) for p in parties):
                return []
            # (or what it gave to those it counts: 鄞州区全年向两县拨付财政援助资金1.53亿元，其中越西县8100万元、…)
            givers = [p for p in parties if p.end <= lead.start() and
                      re.match(r"[^，,。；;]{0,6}?" + self._fund_noun.pattern, text[p.end:lead.start()]) or
                      re.match(r"[^，,。；;]{0,4}?[向给为][^，,。；;]{0,6}?" + _COUNTED_PLACES + _GIVING.pattern +
                               r"[^，,。；;]{0,6}?" + self._fund_noun.pattern, text[p.end:lead.start()])][:1]
        if not givers:
            return []
        giver, rels, pos = givers[0], [], lead.end()
        for p in (q for q in parties if q.start >= lead.end()):
            if p.start != pos:
                break
            money = find_money(text[p.end:p.end + 12], p.end)
            if not money or money[0].start != p.end or money[0].amount is None:
                break
            rels.append(Relation("funds", giver.key, p.key, evidence, s, e, amount_cny=money[0].amount,
                                 approx=money[0].approx, year=find_year(text[s:e]), kind=self._kind([giver], text[s:e])))
            pos = money[0].end + 1 if text[money[0].end:money[0].end + 1] in ("、", "，", ",", "；", ";") else -1
        return rels if len(rels) >= 2 else []

    def _partner_line(self, parties, s, e, evidence) -> list[Relation]:
        """A line of a list of pairs told by fields, its cells split by ｜: "福建宏泰建设集团有限公司｜结对村：将台堡镇
        火集村｜帮扶资金：80万元" → the parties of the first cell give the amount to the partner the field names
        (together when several: "A、B｜结对村：C｜帮扶资金：两家企业合计100万元")."""
        text = self._text
        head = re.match(r"[^｜|:：\n]+[｜|]", text[s:e])
        if head is None:
            return []
        fields = self._fields(s, e)
        partner = next((fields[f] for f in self.partner_fields if f in fields), None)
        given = next((fields[f] for f in self.project_amount_fields + self.gift_fields if f in fields), None)
        if partner is None or given is None:
            return []
        funders = [p for p in parties if p.end <= s + head.end() and not self._modifier(p, e)]
        recipients = [p for p in parties if partner[0] <= p.start and p.end <= partner[1]]
        money = find_money(text[given[0]:given[1]], given[0])
        if not funders or not recipients or len(money) != 1:
            return []
        return [Relation("funds", f.key, recipients[-1].key, evidence, s, e, amount_cny=money[0].amount,
                         approx=money[0].approx, joint=len(funders) > 1, year=find_year(text[s:e]),
                         kind=self._kind([f], text[s:e])) for f in funders]

    def _gift_dash_line(self, parties, s, e, evidence) -> list[Relation]:
        """A line of a list of gifts in dashed cells with the recipient's field: "1. 深圳市广西商会—受赠方：田东县教育局—
        30万元—用途：困难学生助学" → the party of the first cell gives the field's party the line's first amount."""
        text = self._text
        m = _GIFT_DASH_LINE.match(text, s, e)
        if m is None:
            return []
        givers = [p for p in parties if m.start("giver") <= p.start and p.end <= m.end("giver")]
        to = [p for p in parties if m.start("to") <= p.start and p.end <= m.end("to")]
        money = [mo for mo in find_money(text[m.end("to"):e], m.end("to")) if mo.amount is not None]
        if not givers or not to or not money or givers[-1].end != m.end("giver"):
            return []
        return [Relation("funds", givers[-1].key, to[-1].key, evidence, s, e, amount_cny=money[0].amount,
                         approx=money[0].approx, year=find_year(text[s:e]), kind=self._kind(givers[-1:], text[s:e]))]

    def _cell_row(self, parties, s, e, evidence) -> list[Relation]:
        """A line of cells split by ｜ telling one pair's figures, the helped place first: "东乡县｜结对方：济南市历下区｜
        援助资金4650万元｜新建帮扶车间11个", "▶泸水市｜普陀区对口协作｜资金9870万元｜选派干部人才41人" → the party of
        the cell naming the partner (by a side's field, or followed by a word of pairing) pairs with the first
        cell's, gives it the money of a cell of funds and sends it the people of a cell of staff."""
        text = self._text
        if not _BAR.search(text, s, e):
            return []  # (most lines hold no bar)
        cells = [(m.start(), m.end()) for m in _BAR_CELL.finditer(text, s, e)]
        if len(cells) < 3:
            return []
        first = [p for p in parties if cells[0][0] <= p.start and p.end <= cells[0][1]]
        if len(first) != 1 or text[first[0].end:cells[0][1]].strip():
            return []
        helped, helper, rest = first[0], None, []
        for a, b in cells[1:]:
            inside = [p for p in parties if a <= p.start and p.end <= b]
            if not inside:
                rest.append((a, b))
                continue
            label = re.match(r"([\u4e00-\u9fff]{2,6})[:：]", text[a:b])
            tail = text[inside[-1].end:b]
            if helper is None and len(inside) == 1 and (
                    label and label.group(1) in self.table_side_columns and inside[0].start == a + label.end()
                    and not tail.strip() or not label and inside[0].start == a and tail in self.pairs_mutual):
                helper = inside[0]
        if helper is None or helper.key == helped.key:
            return []
        rels = [Relation("pairs_with", helper.key, helped.key, evidence, s, e)]
        year = find_year(text[s:e])
        for a, b in rest:
            cell = text[a:b]
            money = [mo for mo in find_money(cell, a) if mo.amount is not None]
            if len(money) == 1 and self._fund_noun.search(cell, 0, money[0].start - a) and \
                    not any(r.type == "funds" for r in rels):
                rels.append(Relation("funds", helper.key, helped.key, evidence, s, e, amount_cny=money[0].amount,
                                     approx=money[0].approx, year=year, kind=self._kind([helper], cell)))
            elif not money and any(w in cell for w in self.table_staff_words) and (count := self._headcount(cell)):
                rels.append(Relation("seconds_staff_to", helper.key, helped.key, evidence, s, e, headcount=count))
        return rels

    def _received(self, parties, s, e, evidence) -> list[Relation]:
        """Money told from the recipient's side: "临夏市累计获得思明区东西部协作财政援助资金约1.85亿元", "A合作社获得
        东城区帮扶资金支持120万元": the party right after the receiving verb gives the amount of its clause."""
        text = self._text
        rels = []
        receiving = self._receiving.search(text, s, e) is not None
        if not receiving and not re.search("下[，,]", text[s:e]):
            return rels  # (most sentences: no receiving verb, no support under which)
        usable = [p for p in parties if not self._modifier(p, e)]
        for recipient, funder in pairwise(usable if receiving else ()):
            direct = self._receiving.fullmatch(text, recipient.end, funder.start)
            # (土锅寨村“稻鱼鸭”综合种养基地获闵行区帮扶资金280万元: the place's facility receives)
            facility = None if direct else _FACILITY_OF.match(text, recipient.end, funder.start)
            via_facility = facility is not None and self._receiving.fullmatch(text, facility.end(), funder.start)
            if not via_facility and (not direct or self._side(recipient) == "east" and self._side(funder) == "west"):
                continue  # (城阳区落实宕昌县财政援助资金…, 东阳市到位南江县…: the eastern side gives)
            while (inner := next((p for p in usable if p.start == funder.end), None)) is not None:
                funder = inner  # (…争取福州市长乐区财政援助资金: the last of the places written together)
            # (givers listed: 甘孜州获得杭州、金华、台州三市援助资金合计3.46亿元, …分别获得东丽区、宝坻区援助资金…)
            givers = self._group_after(usable, funder.start, limit=0)
            last = givers[-1] if givers else funder
            noun = self._fund_noun.search(text, last.end, min(e, last.end + 12))
            # (…得到梅陇实验学校捐赠的电子白板12块、图书5000余册，价值约40万元: goods it gave; their worth in the sentence)
            gift = _GIVEN_BY.match(text, funder.end)
            if gift is None and (noun is None or noun.start() > last.end and not re.fullmatch(
                    r"的?[\u4e00-\u9fff]{0,8}", text[last.end:noun.start()])) or \
                    self._contains(recipient.key, funder.key) or self._contains(funder.key, recipient.key):
                continue
            after = gift.end() if gift is not None else noun.end()
            clause = self._clause_break(after, e) if gift is None else e
            seg = text[s:e]
            listed = self._group_before(usable, recipient.end)
            every = [mo for mo in find_money(text[after:clause], after) if mo.amount is not None]
            if len(listed) > 1 and "分别" in text[recipient.end:funder.start] and len(every) == len(listed):
                # (阿图什市、阿合奇县、乌恰县分别获得江苏援疆资金3.62亿元、2.21亿元、2.52亿元: each its own; from each
                # of as many givers listed, in order)
                each = givers if len(givers) == len(listed) else [funder] * len(listed)
                rels += [Relation("funds", f.key, r.key, evidence, s, e, amount_cny=mo.amount, approx=mo.approx,
                                  year=find_year(seg), kind=self._kind([f], seg)) for f, r, mo in zip(each, listed, every)]
                continue
            money = every[:1]
            for f in givers if len(givers) > 1 and len(listed) == 1 else [funder]:
                rels.append(Relation("funds", f.key, recipient.key, evidence, s, e,
                                     amount_cny=money[0].amount if money else None,
                                     approx=bool(money and money[0].approx), joint=len(givers) > 1,
                                     year=find_year(seg), kind=self._kind([f], seg)))
        # "耀州区共落实苏陕协作资金4350万元，其中…、东台市区县帮扶资金1200万元": money received, unnamed whose, then
        # the part a giver of its own level gives
        for recipient in usable if receiving else ():
            got = self._receiving.match(text, recipient.end)
            noun = self._fund_noun.search(text, got.end(), got.end() + 12) if got else None
            at = text.find("其中", got.end(), e) if noun and re.fullmatch(r"[\u4e00-\u9fff]{0,6}",
                                                                          text[got.end():noun.start()]) else -1
            if at >= 0 and not re.search(r"[；;。]", text[recipient.end:at]):
                rels += self._owned_parts(usable, [recipient], at, e, evidence, s, e, find_year(text[s:e]))
        # "在广州市番禺区东西部协作资金支持下，大方县人民医院今年新购置了一台CT，价值520万元": the money's owner gives
        # to the subject of the clause after
        for m in _UNDER_SUPPORT.finditer(text, s, e):
            funders = [p for p in usable if m.start("body") <= p.start and p.end <= m.end("body")
                       and self._fund_noun.match(text, p.end + len(_FUND_KIND.match(text, p.end).group()))]
            recipient = next((p for p in usable if p.start == m.end()), None)
            if funders and recipient is not None and recipient.key != funders[-1].key:
                money = [mo for mo in find_money(text[m.end():e], m.end()) if mo.amount is not None][:1]
                rels.append(Relation("funds", funders[-1].key, recipient.key, evidence, s, e,
                                     amount_cny=money[0].amount if money else None,
                                     approx=bool(money and money[0].approx), year=find_year(text[s:e]), kind="aid"))
        return rels

    def _unnamed_givers_parts(self, parties, recipient, rec_pos, se, evidence, s, e, year) -> list[Relation]:
        """"两区2024年合计向纳雍县投入协作资金6480万元，其中花都区3560万元、增城区2920万元": givers left unnamed before,
        each named in the parts after 其中 with its own amount, gives it to the recipient."""
        text = self._text
        if rec_pos is None:
            return []
        at = text.find("其中", recipient.end, se)
        if at < 0 or re.search(r"[；;。]", text[recipient.end:at]):
            return []
        rels = []
        for p in parties:
            # (not a place inside the recipient: …向赤峰市投入…，其中林西县…: where the money went)
            if p.start < at or p.key == recipient.key or self._contains(p.key, recipient.key) or \
                    self._contains(recipient.key, p.key) or self._based_in(p.key, recipient.key):
                continue
            money = find_money(text[p.end:p.end + 14], p.end)
            opens_part = p.start == at + 2 or text[p.start - 1:p.start] in ("、", "，", ",")
            if money and money[0].start == p.end and money[0].amount is not None and opens_part:
                rels.append(Relation("funds", p.key, recipient.key, evidence, s, e, amount_cny=money[0].amount,
                                     approx=money[0].approx, year=year, kind=self._kind([p], text[s:e])))
        return rels

    def _each_to_partner(self, found, parties, s, e, evidence) -> list[Relation]:
        """"A、B分别与C、D结对，两个街道今年分别向结对镇拨付帮扶资金30万元、25万元" (or "A与C、B与D分别签订结对协议，…"):
        the pairs the sentence states, each the first written giving its partner the amount in its place (or each the
        one amount after 各)."""
        text = self._text
        m = _EACH_TO_PARTNER.search(text, s, e)
        ordered = self._pairs_in_order(found, parties, e, m)
        if not ordered:
            return []
        money = [mo for mo in find_money(text[m.end():self._clause_break(m.end(), e)], m.end()) if mo.amount is not None]
        each = len(money) == 1  # (…分别向结对乡镇拨付资金20万元, 两家企业各捐赠帮扶资金5万元: so much each)
        if not (len(money) == len(ordered) or each):
            return []
        kind = self._kind([p for p in parties if p.key == ordered[0][0]][:1], text[s:e])
        return [Relation("funds", a, b, evidence, s, e, amount_cny=(money[0] if each else money[k]).amount,
                         approx=(money[0] if each else money[k]).approx, year=find_year(text[s:e]), kind=kind)
                for k, (a, b) in enumerate(ordered)]

    def _each_sends_to_partner(self, found, parties, s, e, evidence) -> list[Relation]:
        """"A、B、C分别与D、E、F建立对口帮扶关系，全年分别向结对医院派驻专家8名、6名、5名": the pairs the sentence
        states, each the first written sending its partner the count in its place."""
        m = _EACH_SENDS_TO_PARTNER.search(self._text, s, e)
        ordered = self._pairs_in_order(found, parties, e, m)
        if not ordered:
            # (A对口帮扶B、C、D，分别派驻专家5名、3名、3名: one sender, each of its partners its own count)
            m = _EACH_SENT_AFTER.search(self._text, s, e)
            ordered = self._pairs_in_order(found, parties, e, m, one_to_many=True)
        if not ordered:
            return []
        counts = [int(cn_number(c)) for c in _EACH_COUNT.findall(self._text, m.end(), self._clause_break(m.end(), e))]
        if len(counts) != len(ordered):
            return []
        return [Relation("seconds_staff_to", a, b, evidence, s, e, headcount=n) for (a, b), n in zip(ordered, counts)]

    def _pairs_in_order(self, found, parties, e, m, one_to_many: bool = False) -> list[tuple[str, str]]:
        """The pairs found in a sentence, each (the one written first, its partner), in the order written; none
        unless there are two or more, all before ``m`` (a match of what each does to its partner), one to one (or,
        with ``one_to_many``, one and each of its partners)."""
        pairs = [r for r in found if r.type == "pairs_with"]
        if m is None or len(pairs) < 2:
            return []
        first = {}
        for p in parties:
            first.setdefault(p.key, p.start)
        ordered = sorted(((a, b) if first.get(a, e) <= first.get(b, e) else (b, a) for a, b in
                          ((r.head, r.tail) for r in pairs)), key=lambda ab: first.get(ab[0], e))
        if one_to_many:
            ordered.sort(key=lambda ab: first.get(ab[1], e))
            return ordered if len({a for a, _ in ordered}) == 1 and len({b for _, b in ordered}) == len(ordered) \
                and first.get(ordered[-1][1], e) < m.start() else []
        if len({a for a, _ in ordered}) < len(ordered) or len({b for _, b in ordered}) < len(ordered):
            return []  # (one giver and its partners, A与B、C…分别投入…: the other rules' case)
        return [] if any(first.get(a, e) > m.start() for a, _ in ordered) else ordered

    def _told_after(self, parties, s, e, evidence) -> list[Relation]:
        """A giver told after the topic it gave to: "B这套价值约46万元的设备，是A无偿捐赠的", "B…由A出资150万元改建",
        "B…，82万元建设资金全部来自A协作资金" (the money the part of the sentence states, if any)."""
        text = self._text
        rels = []
        if _TOLD_GIVER.search(text, s, e) is None:
            return rels
        usable = [p for p in parties if not self._modifier(p, e)]
        for ps, pe in self._subs(s, e):
            part = [p for p in usable if ps <= p.start and p.end <= pe]
            for m in _TOLD_GIVER.finditer(text, ps, pe):
                giver = next((p for p in part if p.start == m.end()), None)
                # the topic: the party closest before the marker in its clause (都江堰市的北街小学由…), else the first
                # of the part (三台村帮扶车间的厂房…，车间内40台缝纫设备则是城阳区捐赠的)
                clause = max(max(text.rfind(c, ps, m.start()) for c in "，,") + 1, ps)
                topic = max((p for p in part if clause <= p.start and p.end <= m.start()), key=lambda p: p.end,
                            default=part[0] if part else None)
                if giver is None or topic is None or giver is topic or not 0 <= m.start() - topic.end <= 50 or \
                        self._contains(topic.key, giver.key) or self._contains(giver.key, topic.key):
                    continue
                rest = text[giver.end:self._clause_break(giver.end, pe)]
                does = None if m.group() == "来自" else _GIVER_DOES[m.group()].match(rest)
                if not (self._fund_noun.search(rest[:16]) if m.group() == "来自" else does):
                    continue
                if m.group() == "由" and "资金" in does.group() and not find_money(text[clause:m.start()], clause):
                    continue  # (its money borne by A's funds: the amount told before 由, not 包车费用全部由A资金承担)
                if any(text[p.start - 1] in "的在" and giver.end < p.start <= giver.end + len(rest) for p in part):
                    continue  # (在长顺县，…由番禺区援建的长顺县第三小学; …由宝安区投入…资金560万元在保和村建成: where
                    # it went is named after it)
                money = [mo for mo in find_money(text[ps:pe], ps) if mo.amount is not None][:1]
                rels.append(Relation("funds", giver.key, topic.key, evidence, s, e,
                                     amount_cny=money[0].amount if money else None,
                                     approx=bool(money and money[0].approx), year=find_year(text[s:e]),
                                     kind=self._kind([giver], text[ps:pe])))
        return rels

    def _partner_bracket_line(self, parties, s, e, evidence) -> list[Relation]:
        """"田东县（深圳市南山区结对帮扶）：到位资金7120万元，…": a line of a place whose partner is named in brackets
        with its pairing word; the money the line states comes from that partner."""
        text = self._text
        m = _PARTNER_BRACKET.match(text, s, e)
        if m is None:
            return []
        place = next((p for p in parties if p.start == m.start("place") and p.end == m.end("place")), None)
        partner = max((p for p in parties if m.start("partner") <= p.start and p.end <= m.end("partner")),
                      key=lambda p: p.end, default=None)
        noun = self._fund_noun.search(text, m.end(), self._clause_break(m.end(), e))
        if place is None or partner is None or noun is None or self._contains(partner.key, place.key):
            return []
        money = [mo for mo in find_money(text[noun.end():self._clause_break(noun.end(), e)], noun.end())
                 if mo.amount is not None][:1]
        if not money or money[0].start - noun.end() > 2:
            return []
        return [Relation("funds", partner.key, place.key, evidence, s, e, amount_cny=money[0].amount,
                         approx=money[0].approx, year=find_year(text[s:e]), kind=self._kind([partner], text[s:e]))]

    def _part_used_for(self, found: list[Relation], parties, s, e, evidence) -> list[Relation]:
        """"今年福建省安排援藏资金4500万元，其中1100万元用于林芝县中学新教学楼": the part after 其中 that the money's
        giver, found giving the whole, puts into (用于, 投入) the party named right after the verb gives that party
        its amount (as well as the whole to the recipient of the sentence)."""
        text = self._text
        lead = _PARTS_AFTER.search(text, s, e)
        if lead is None:
            return []
        given = [r for r in found if r.type == "funds" and r.amount_cny is not None]
        if len({r.head for r in given}) > 1:
            return []
        if given:
            giver, year, kind = given[0].head, given[0].year, given[0].kind
        else:
            # (no recipient of the whole named: the sentence's first party, its money's noun right after it)
            first = next((p for p in parties if p.end <= lead.start()), None)
            if first is None or not re.match(r"[^，,。；;]{0,6}?" + self._fund_noun.pattern, text[first.end:lead.start()]) \
                    or any(p.start < lead.start() and text.endswith(("向", "给", "为"), 0, p.start) for p in parties):
                return []
            giver, year, kind = first.key, find_year(text[s:e]), self._kind([first], text[s:e])
        whole = max((r.amount_cny for r in given), default=None)
        rels, pos = [], lead.end()
        while True:
            money = find_money(text[pos:pos + 16], pos)
            if not money or money[0].amount is None or re.sub(r"[约近逾超]", "", text[pos:money[0].start]):
                break
            verb = _PART_USE.match(text, money[0].end)
            if verb is None:
                break
            to = next((p for p in parties if p.start == verb.end()), None)
            # (not the recipient of the whole, 其中300万元用于西和县…; one found with another amount takes this one)
            if to is not None and to.key != giver and not self._contains(giver, to.key) and \
                    not any(r.tail == to.key and (r.amount_cny == money[0].amount or r.amount_cny == whole)
                            for r in given):
                rels.append(Relation("funds", giver, to.key, evidence, s, e, amount_cny=money[0].amount,
                                     approx=money[0].approx, year=year, kind=kind))
            # (the next part after 、 or ，: 其中300万元用于A…，120万元用于B…)
            nxt = _NEXT_PART.match(text, verb.end(), e)
            if nxt is None:
                break
            pos = nxt.end()
        return rels

    def _share_of_total(self, parties, s, e, evidence) -> list[Relation]:
        """"乐业县全民健身中心…，项目总投资2860万元，其中南山区投入东西部协作资金1500万元": the party named after 其中
        with its money gives its share to the place whose facility the sentence opens with."""
        text = self._text
        m = _SHARE_OF_TOTAL.search(text, s, e)
        if m is None:
            return []
        opening = s + len(text[s:e]) - len(text[s:e].lstrip())
        said = _SAID_OPENING.match(text, opening, e)  # (据了解，美姑县甬美小学总投资…: who tells it first)
        head = next((p for p in parties if p.start == (said.end() if said else opening)), None)
        giver = next((p for p in parties if p.start == m.end()), None)
        if head is None or giver is None or head.type not in ("REGION", "SCHOOL", "HOSPITAL") or \
                giver.key == head.key or self._contains(head.key, giver.key) or self._contains(giver.key, head.key) or \
                head.type == "REGION" and not re.match(r"[\u4e00-\u9fff]", text[head.end:head.end + 1]) or \
                any(head.end <= p.start < m.start() for p in parties):
            return []  # (the facility's name right after its place, or the institution itself; no other party before
            # the total)
        pos = giver.end + len(re.match(r"(?:投入|安排|援助|出资|使用|拨付)?", text[giver.end:]).group())
        noun = self._fund_noun.match(text, _FUND_KIND.match(text, pos).end())
        if noun is None:
            return []
        money = find_money(text[noun.end():noun.end() + 14], noun.end())
        if not money or money[0].start != noun.end() or money[0].amount is None:
            return []
        return [Relation("funds", giver.key, head.key, evidence, s, e, amount_cny=money[0].amount,
                         approx=money[0].approx, year=find_year(text[s:e]), kind=self._kind([giver], text[s:e]))]

    def _project_use(self, parties, s, e, evidence) -> list[Relation]:
        """A project item: "1.思南县许家坝镇石板溪村产业路项目，使用常熟市帮扶资金120万元" or "…项目，项目总投资560万元，
        其中常熟市帮扶资金320万元、县级配套资金180万元" → the funder named right before a fund noun gives the amount
        after it to the place or institution the project's name opens with ("A、B…项目，分别使用…80万元、70万元":
        each its own amount)."""
        text = self._text
        item = self._project_item.match(text, s, e) or self._bullet_item.match(text, s, e) or \
            self._numbered_dash_item.match(text, s, e) or self._numbered_giving_item.match(text, s, e)
        place_item = None if item else self._place_item.match(text, s, e)
        if place_item and not place_item.group("num") and s and text[s - 1] != "\n":
            place_item = None  # (a place and a colon opening a line only)
        item = item or place_item
        if item is None or self._text.startswith(("向", "给"), item.end()):
            return []  # (· A公司：向宁洱县捐赠…: the item's head gives, the one after 向 receives)
        name_start, name_end = item.span("name")
        named = [p for p in parties if name_start <= p.start and p.end <= name_end]
        if not named or named[0].start != name_start or place_item and named[-1].end != name_end:
            return []  # a project named after its purpose (易地扶贫搬迁配套项目) names no recipient
        recipients = self._group_before(named, name_end)
        if recipients[0] is not named[0] or name_end - recipients[-1].end > 15:
            return []
        if place_item is not None and self._side(recipients[0]) == "east":
            return []  # (湖州市：…，今年湖州市投入广安市财政援助资金…: a line about a giver, not a place that receives)
        place_line = place_item is not None or text[named[-1].end:name_end + 1] in ("：", ":")
        rels: list[Relation] = []
        year, seg = find_year(text[s:e]), text[s:e]
        for funder in (p for p in parties if p.start >= item.end()):
            # (东营市、东营区共同援助资金1200万元: the list gives together)
            together = _TOGETHER.match(text, funder.end)
            # (its own level between: 3.剑阁县：杭州市本级援助资金5320万元)
            giving = _GIVING.match(text, funder.end + 2 * text.startswith("本级", funder.end))
            label = _PARTNER_LABEL.match(text, item.end())
            if place_item and label and funder.start == label.end():
                # (小岭镇金米村：结对企业南京瑞澜环保科技有限公司，到位帮扶资金12万元；: the partner the line names gives
                # the money the line states)
                noun = self._fund_noun.search(text, funder.end, e)
                money = [mo for mo in find_money(text[noun.end():self._clause_break(noun.end(), e)], noun.end())
                         if mo.amount is not None][:1] if noun else []
                if money and money[0].start - noun.end() <= 2:
                    rels += [Relation("funds", funder.key, r.key, evidence, s, e, amount_cny=money[0].amount,
                                      approx=money[0].approx, year=year, kind=self._kind([funder], seg))
                             for r in recipients if r.key != funder.key]
                break
            # (a line of a place: ——九寨沟县：引进浙江企业4家，其中A公司投资3500万元建设…: the one of those counted)
            counted = bool(place_line and text.endswith("其中", 0, funder.start))
            if counted and not giving:
                giving = _PROJECT_GIVING.match(text, funder.end)
            if place_item and (together or giving) or counted and giving:
                # (a line of a place: only the money a party names as its own, 武清区|区级资金, or the party right
                # after the colon giving the amount right after its verb: 西吉县：福州市援助1.68亿元; or right after
                # 其中: the one of those the line counts)
                # (or after the money's noun: 1.苍溪县：余杭区援助资金6210万元)
                at = (self._fund_noun.match(text, giving.end()) or giving).end() if giving else 0
                money = find_money(text[at:self._clause_break(at, e)], at) \
                    if giving and (funder.start == item.end() or text.endswith("其中", 0, funder.start)) else []
                if money and money[0].start == at and not any(r.key == funder.key for r in named):
                    rels += [Relation("funds", funder.key, r.key, evidence, s, e, amount_cny=money[0].amount,
                                      approx=money[0].approx, year=year, kind=self._kind([funder], seg))
                             for r in recipients]
                continue
            # the funder, then 共同, an adverb, a verb of giving and the kind of money, each if written, before the
            # noun (黄埔区另安排协作资金260万元, A和B共同投入资金…, 使用黄岛区东西部协作资金860万元), or the amount
            # right after the verb (…项目：A公司投资1200万元建设…)
            pos = funder.end + (text[funder.end:funder.end + 1] == "的")
            pos = together.end() if together else pos
            pos += len(_PROJECT_ADVERB.match(text, pos).group())
            verb = _PROJECT_GIVING.match(text, pos)
            pos = verb.end() if verb else pos
            noun = self._fund_noun.match(text, _FUND_KIND.match(text, pos).end())
            if noun is None and verb is not None and not place_item:
                right_after = find_money(text[pos:pos + 14], pos)
                # (or a thing given, its worth in the amount field after: …，资金来源：A医院捐赠设备，折合金额75万元)
                noun = verb if right_after and text[pos:right_after[0].start] in ("", "价值", "总价值") else \
                    re.compile(r"[\u4e00-\u9fff]{1,4}(?=[，,])").match(text, pos)
            if noun is None or any(self._contains(r.key, funder.key) for r in recipients):
                continue
            clause = re.search(r"[，,；;。]|$", text[noun.end():e]).start() + noun.end()
            money = [mo for mo in find_money(text[noun.end():clause], noun.end()) if not self._not_given(mo, s)]
            if not money and clause == noun.end():
                # the amount in a field of its own right after (资金来源：A财政援助资金，金额260万元)
                field = next((span for f, span in self._fields(s, e).items()
                              if f in self.project_amount_fields and clause < span[0] <= clause + 1 + len(f)), None)
                money = find_money(text[slice(*field)], field[0]) if field else []
            if not money:
                continue
            kind = self._kind([funder], seg)
            each = len(recipients) > 1 and len(money) == len(recipients) and "分别" in text[item.end():noun.start()]
            givers = [g for g in self._group_before(parties, funder.end) if g.start >= item.end()] if together \
                else [funder]
            for k, r in enumerate(recipients):
                mo = money[k] if each else money[0]
                for giver in givers:
                    rels.append(Relation("funds", giver.key, r.key, evidence, s, e, amount_cny=mo.amount,
                                         approx=mo.approx, joint=len(recipients) > 1 and not each or len(givers) > 1,
                                         year=year, kind=kind))
        return rels

    def _staff_line(self, parties, people, s, e, evidence) -> Relation | None:
        """A line of a list of seconded staff: "姓名：林建华；派出单位：福州市鼓楼区；挂职岗位：西吉县委常委、副县长"
        → the unit sends the person to the post's body, or to its place for a place's leadership post."""
        seg = self._text[s:e]
        if not any(f in seg for f in self.staff_sender_fields) and not any(f in seg for f in self.staff_post_fields):
            return None
        fields = self._fields(s, e)
        home = next((fields[f] for f in self.staff_sender_fields if f in fields), None)
        post = next((fields[f] for f in self.staff_post_fields if f in fields), None)
        person = next((p for p in people if s <= p.start < e), None)
        if home is None and post is not None and person is not None and not seg[:person.start - s].strip():
            # "陈秋燕　福州市鼓楼区实验小学语文教师　支教单位：定西市安定区东方红小学": the unit after the name sends
            home = (person.end, post[0])
        if home is None or post is None:
            return None
        senders = [p for p in parties if home[0] <= p.start and p.end <= home[1]]
        bodies = [p for p in parties if post[0] <= p.start and p.end <= post[1]]
        if not senders or not bodies:
            return None
        if person is not None and home[0] == person.end:
            senders = senders[:1]  # (the unit, not places named in the role after it)
        receiver = self._post_receiver(bodies[0], post[1])
        return Relation("seconds_staff_to", senders[-1].key, receiver.key, evidence, s, e,
                        secondees=(person.key,) if person is not None else ())

    def _not_given(self, money: Money, ss: int, funders=()) -> bool:
        """Money of purchases, sales or turnovers: a negative word earlier in its clause (采购…41.6亿元); money
        that arrived with companies brought in, unless those companies are the ``funders``."""
        text = self._text
        clause = max(text.rfind(c, ss, money.start) for c in "，,；;") + 1
        clause = max(clause, ss, money.start - 40)
        if clause > ss and text.startswith(_AMOUNT_LABELS, clause):
            # (…采购兴仁产品，金额超过600万元: a clause only of the amount goes with the one before)
            clause = max(max(text.rfind(c, ss, clause - 1) for c in "，,；;") + 1, ss, money.start - 60)
        if text.startswith(self.arrival_words, clause):
            before = max(max(text.rfind(c, ss, clause - 1) for c in "，,；;") + 1, ss)
            if any(w in text[before:clause] for w in self.attraction_words) and \
                    all(f.end <= before for f in funders):
                return True  # 引导136家浙江企业到凉山投资，到位资金48.6亿元: the (unnamed) companies' money
        # …投入资金约23.6亿元，帮助引进上海企业和社会资金超过180亿元; 引导45家企业落户丹寨，完成投资超12亿元: money
        # that the funders brought in (but 引进宁波方太投资1亿元: the company named after the word is the funder)
        brought = [m.start() for m in self._brought_in.finditer(text, ss, money.start)]
        if brought and funders and all(f.end <= min(brought) for f in funders):
            return True
        # (…首期投资6500万元建设…生产线（二期计划再投资8000万元，…）: a plan told beside an amount given)
        part = max(max(text.rfind(c, ss, money.start) for c in "，,；;（("), ss)
        if part > ss and any(w in text[part:money.start] for w in self._plan_words) and \
                any(mo.amount for mo in find_money(text[ss:part])):
            return True
        later = text[money.end:money.end + 50].split("。")[0]
        if any(w in text[clause:money.start] for w in self._plan_words + self._contracted) and \
                any(w in later for w in self._done_words) and find_money(later):
            return True  # 计划援助…2.45亿元，目前已到位1.82亿元: the plan's amount beside what arrived
        if any(w in text[clause:money.start] for w in self._plan_words + self._contracted) and \
                any(w in later.split("；")[0] for w in self.not_arrived):
            return True  # 协议投资3500万元，今年计划投资1200万元，目前资金尚未到位: agreed, nothing put in yet
        said = text[clause:money.start]
        prior = find_money(text[ss:clause], ss)
        before = [mo for mo in prior if mo.amount is not None]
        since = text[before[-1].end:money.start] if before else ""
        if any(w in since for w in self.paid_so_far) and not any(w in since for w in ("累计", "其中", "；", ";")) and \
                not any(w in text[ss:before[-1].start] for w in self._plan_words + self._contracted):
            return True  # …4980万元，共安排项目23个，截至6月底已开工21个，…，完成投资3260万元: progress on the money before
        if any(w in said for w in self.paid_so_far) and "累计" not in said and prior and \
                not any(w in text[ss:clause] for w in self._plan_words + self._contracted):  # (计划援助…，目前已到位…)
            return True  # …9820万元、8780万元，截至5月底已拨付1.1亿元: how much of the amount before has come
        if any(text.endswith("争取", 0, f.start) and _GOES_ON_GIVING.match(text, f.end) for f in funders):
            # (他积极争取西湖区投入青川县…资金: what the giver was won over to give, given)
            said = said.replace("争取", "")
        if _MOBILISED_GIVING.search(said):
            # (漳州市动员社会各界向海原县捐款捐物2130万元: the place gives through those it rallied, not money leveraged)
            said = said.replace("动员", "")
        for name in self.fund_negative_buildings:
            said = said.replace(name, "")  # (展销中心是天津援青资金200万元支持…建设的: a building, no sale)
        return any(neg in said for neg in self.fund_negative) or bool(self._fund_negative_re.search(said))

    def _partners_fund(self, parties, ss, se, triggers):
        """"A与B深化东西部协作，累计投入…亿元": with no recipient named, money flows east to west between two partners;
        "A与B结成帮扶对子，捐赠50万元…": a gift (or an investment: 村企结对…，投资1800万元) goes from the one who pairs
        with the other to that other."""
        # (…的合作从最初的物资捐赠，逐步拓展到…: a gift named as a thing, closing its clause, gives nothing)
        triggers = [t for t in triggers if not self._gift_named(*t)]
        words = {w for _, _, w in triggers}
        partner_money = bool(words & self.partner_fund_triggers)
        gift = any(w in self.donation_words or w in self.invest_words or w in self.partner_gift_words for w in words)
        if not partner_money and not gift:
            return None
        first = min(a for a, _, _ in triggers)
        # (…与B结成帮扶对子，捐赠20万元: the first giving word, not 帮扶 of the pairing's own words)
        first_gift = min((a for a, _, w in triggers if w in self.donation_words or w in self.invest_words or
                          w in self.partner_gift_words), default=first)
        since = _SINCE_PAIRED_WITH.search(self._text, ss, se) if partner_money else None
        if since:
            # (自2021年与积石山县建立…结对关系以来，湖里区累计投入…: the subject after the opening gives to its partner)
            partner = [p for p in parties if since.start("partner") <= p.start and p.end <= since.end("partner")]
            subject = next((p for p in parties if p.start >= since.end()), None)
            if partner and subject is not None and subject.start - since.end() <= 6 and \
                    any(a >= subject.end for a, _, w in triggers if w in self.partner_fund_triggers):
                return (None, partner[-1])
        def pairs():
            for k, (x, y) in enumerate(zip(parties, parties[1:])):
                # y with the places written after it as one name (西藏林芝市察隅县): the last of them
                for p in parties[k + 2:]:
                    if p.start != y.end:
                        break
                    y = p
                yield x, y

        # (one who helps another first, wherever two joined by 与 stand before it: 2021年深圳市与河池市建立…关系以来，
        # 宝安区结对帮扶都安县，…累计投入…: 宝安区 gives to 都安县)
        for x, y in pairs() if partner_money else ():
            later = [a for a, _, _ in triggers if a >= y.end]
            if later and _HELPS_SINCE.sub("", self._gap(x, y)) in self.pairs_directed:
                group = self._group_after(parties, y.start, limit=0)
                # (the helper named again before the money: …对口帮扶陇南市以来，青岛市累计投入…)
                if not any(p.start >= group[-1].end and p.end <= later[0] and p.key != x.key for p in parties):
                    # "A(继续)结对帮扶B，安排资金3150万元": the one who helps gives (to each of B、C listed: their
                    # parts after 其中, or the amount together)
                    return (None, y, (x, group)) if len(group) > 1 else (None, y)
        for x, y in pairs():
            joined = bool(re.fullmatch(r"(?:还|也|又|并|已)?(?:与|和|同)", self._gap(x, y)))  # A还与B…
            if not joined:
                continue
            clause = max(self._text.rfind(c, ss, x.start) for c in "，,；;") + 1
            if self._answered.search(self._text, max(clause, ss), x.start):
                continue  # (公司积极响应A与B东西部协作部署，…持续投入资源: the partnership answered to, no giver)
            sides = [self._entities[m.key].attrs.get("side") if m.key in self._entities else None for m in (x, y)]
            if partner_money and sides == ["east", "west"]:
                group = self._group_after(parties, y.start, limit=0)
                if len(group) > 1 and all(self._entities[m.key].attrs.get("side") == "west" for m in group
                                          if m.key in self._entities):
                    return (None, y, (x, group))  # "A与B、C深化东西部协作，…投入": A gives to B and C
                return (None, y)
            if partner_money and sides == ["west", "east"]:
                return (None, x)
            if gift and y.end <= first_gift and self._find_all(self._text, self.pairs_mutual, y.end, first_gift):
                return (None, y)
            types = [self._entities[m.key].type if m.key in self._entities else None for m in (x, y)]
            if partner_money and y.end <= first and types[0] in ("ENTERPRISE", "ORGANIZATION") and \
                    types[1] == "REGION" and self._find_all(self._text, self.pairs_mutual, y.end, first):
                return (None, y)  # "深圳盐港物流有限公司与雅长乡新场村结对，…将安排帮扶资金60万元": the company's money
            if gift and y.end <= first and any(w in self._text[y.end:first] for w in self.agreement_words):
                # "江苏恒澜…公司与共和县签约，投资6亿元": the company invests in the place, whichever is named first
                if types == ["ENTERPRISE", "REGION"]:
                    return (None, y)
                if types == ["REGION", "ENTERPRISE"]:
                    return (None, x)
                if types == ["ENTERPRISE", "GOVERNMENT"] and self._entities[y.key].attrs.get("region"):
                    # …公司与同心县人民政府签订投资协议: the government's place
                    return (None, Mention(y.start, y.end, "REGION", y.text, key=self._entities[y.key].attrs["region"]))
        return None

    def _gift_named(self, a: int, b: int, word: str) -> bool:
        """A giving word used as a noun: right after 的 (and goods), closing its clause (从最初的物资捐赠，…)."""
        if word not in self.donation_words or self._text[b:b + 1] not in "，,。；;":
            return False
        of = self._text.rfind("的", max(0, a - 3), a)
        return of >= 0 and (of + 1 == a or self._text[of + 1:a] in self.goods_words)

    def _givers(self, parties, recipient, anchor, s, e, counted_ok: bool = False,
                exclude: frozenset | set = frozenset()) -> list[Mention]:
        """The nearest coordinated group before ``anchor`` that can give or send: not a modifier (unless
        ``counted_ok`` and followed by a headcount), not the recipient itself nor a place containing it, nor
        one of the keys in ``exclude`` (those listed with the recipient)."""
        # (森禾木业从南浔总部选派…: where people come from is no giver; but 从古镇镇派到…)
        # (A持续深化与B、C的东西部协作，全年向B投入…: those after 与 and before 的 are A's partners, no givers)
        partners_of = set()
        for m in re.finditer(r"[与同]", self._text[s:anchor]):
            grp = self._group_after(parties, s + m.end(), limit=0)
            # (A与B签订结对帮扶协议，并向C捐赠…: the partner a clause before pairs with is no giver either, unless
            # named again: …，后者派出的3名全科医生…)
            if grp and (self._text[grp[-1].end:grp[-1].end + 1] == "的" or
                        re.search(r"[，,；;]", self._text[grp[-1].end:anchor]) and
                        "后者" not in self._text[grp[-1].end:anchor] and self._find_all(
                            self._text, self.pairs_mutual, grp[-1].end, self._clause_break(grp[-1].end, anchor))):
                partners_of |= {id(g) for g in grp}
        # (a place named inside a hospital's or school's name gives only as the institution: 吉林|师范大学)
        held = [(q.start, q.end) for q in parties if q.type in ("HOSPITAL", "SCHOOL")]
        cands = [p for p in parties if p.end <= anchor and p is not recipient and s <= p.start
                 and id(p) not in partners_of
                 # (…选派的7名党政干部作为第十三批福建援宁工作队成员进驻海原县: what they serve as, no sender)
                 and not _SERVING_AS.search(self._text, max(s, p.start - 36), p.start)
                 and not (p.type == "REGION" and any(a <= p.start and p.end < b for a, b in held))
                 and not (p.type == "REGION" and self._text[p.start - 1:p.start] == "等" and
                          _CLASS_OF_PLACE.match(self._text, p.end))  # (A等厦门市属医院: those before 等 send)
                 and not self._text.endswith(self.purchase_verbs, 0, p.start)  # (采购礼县农特产品: bought from)
                 and not (self._text[p.start - 1:p.start] == "由" and self._carried_by.match(self._text, p.end))
                 and not _ROUTE_BEFORE.search(self._text, max(0, p.start - 3), p.start)  # (经拉萨转赴B: passed through)
                 and not (self._from_list(p, parties) and
                          # (恒锦针织从即墨选派…, 公司从上海派出…: the one before 从 sends from there)
                          (not self._text.startswith(self._sending_verbs, p.end) or
                           # (闽晟农业还从福建选派…: an adverb between)
                           any(q.end <= p.start - 1 and _FROM_ADVERBS.fullmatch(self._text, q.end, p.start - 1)
                               for q in parties) or
                           self._text.endswith(self._self_nouns, 0, p.start - 1)) and
                          not (counted_ok and self._posted_from(p, parties)))
                 # (在A牵线搭桥下: who brought them together; 通过B向C捐赠: the channel; X是A引进的企业，在C投资: who
                 # brought the company in)
                 and not (not counted_ok and (self._facilitated.match(self._text, p.end) or
                                              self._text.endswith(self.channel_words, 0, p.start) or
                                              self._brought_by.match(self._text, p.end) or
                                              self._text.endswith("由", 0, p.start) and
                                              self._brought_passive.match(self._text, p.end)))
                 # (A向B捐赠…，还派出2名师傅前往C, …投放到B，…: who received in a clause before is no giver)
                 and not (re.search(r"[，,；;]", self._text[p.end:anchor]) and
                          self._received_before(parties, p, counted_ok))
                 # (6名医生将在A、B开展…，8名教师分别到C…: where those of a clause before work sends no one after it)
                 and not (counted_ok and re.search(r"[，,；;]", self._text[p.end:anchor]) and
                          self._text.endswith(("在", "、"), 0, p.start) and self._after_at(parties, p))]
        if cands and any(w in self._text[cands[-1].end:anchor].replace("从" + w, "") for w in self.unnamed_subjects):
            return []  # …到布拖县挂职，我县选派35名干部: the subject is unnamed (not 从我校选派: where they come from)
        if cands and not counted_ok and self._unnamed_clause.search(self._text, cands[-1].end, anchor):
            return []  # (A向B捐赠…，一批廉江爱心企业还为C送去了…: givers of their own clause, unnamed)
        first = True
        while cands:
            # "A与B联合向C捐赠": the two give together
            # (A与B在巫溪县共同投资…: the place they give in between)
            jointly = bool(_JOINTLY.match(self._text, cands[-1].end)) or \
                len(cands) > 1 and _JOINT_GAP.fullmatch(self._gap(cands[-2], cands[-1]))  # A联合B向C捐赠
            group = self._group_before(cands, anchor, allow_yu=jointly)
            # named ones closing with 等N家 give too (A、B等5家商会和12家企业共向C捐赠, A等3家南京企业在C投资); senders
            # of staff when institutions or a list of them (A、B等9家市级医院选派…; not 汉滨区等3所学校: its schools)
            listed = not counted_ok or (len(group) > 1 or group[-1].type != "REGION") and (
                self._list_sends(group[-1]) or self._list_partners(group))
            # (12名吉林师范大学教师赴…: those counted before an institution are its people, sent by it)
            shared_head = self._modifier(group[-1], e, listed_ok=listed) and not (counted_ok and (
                self._counted(group[-1]) or group[-1].type in ("HOSPITAL", "SCHOOL") and
                _COUNT_BEFORE.search(self._text, max(0, group[-1].start - 8), group[-1].start)))
            # 广州市、佛山市两地企业: the noun after the last of a list heads every item
            grp = [] if shared_head else [p for p in group if (not self._modifier(p, e, listed_ok=listed) or
                                                                counted_ok and self._counted(p))
                   and p.key != recipient.key and p.key not in exclude and not self._contains(p.key, recipient.key)
                   and not self._contains(recipient.key, p.key) and not self._within_entity(recipient, p)
                   and not self._based_in(p.key, recipient.key) and not self._one_place(p, recipient)]
            if shared_head and not re.match(rf"等?[0-9{CN_DIGITS}]", self._text[group[-1].end:group[-1].end + 2]):
                # (天津市东丽区慈善协会和天津东丽经济技术开发区部分企业: the noun heads places, not a named body;
                # a count closing a list, A、B等12所学校, is the list's own)
                grp = [p for p in group[:-1] if p.type != "REGION" and not self._modifier(p, e, listed_ok=listed)
                       and p.key != recipient.key]
            if shared_head and len(group) > 1 and _JOINT_GAP.fullmatch(self._gap(group[-2], group[-1])):
                # (A联合火炬开发区12家爱心企业，向C捐赠…: the companies of the place A joins are unnamed; A gives)
                grp = [p for p in group[:-1] if not self._modifier(p, e, listed_ok=listed) and p.key != recipient.key]
            if counted_ok and grp and self._text.endswith(self._sending_verbs, 0, grp[0].start) and \
                    _WHOSE_PEOPLE.match(self._text, grp[-1].end):
                # (即墨区选派华山路小学、即墨区第二实验中学的足球队员…: whose people they are; the subject before sends)
                subject = next((p for p in reversed(cands) if p.end < grp[0].start and
                                self._text.startswith(self._sending_verbs, p.end) and
                                p.end + 4 >= grp[0].start), None)
                grp = [subject] if subject is not None else grp
            if counted_ok and len(grp) == 1 and self._text.endswith(self._sending_verbs, 0, grp[0].start):
                # (巫溪县选派文峰镇3名村干部到…: the people's own place inside the one sending them; 长乐区文旅局选派
                # 福州软木画非遗传承人…: or the city the sender's place is in, naming their craft)
                outer = next((p for p in reversed(cands) if p.end < grp[0].start and
                              (self._contains(p.key, grp[0].key) or
                               self._contains(grp[0].key, self._place_of(p.key) or p.key)) and
                              self._text.startswith(self._sending_verbs, p.end)), None)
                grp = [outer] if outer is not None else grp
            if counted_ok and self._text.endswith(self.leading_verbs, 0, group[0].start):
                first = False  # (…派出5名工作人员，带领A、B等地18家企业赴C: those led along; the subject before sends)
                anchor = group[0].start
                cands = [p for p in cands if p.end <= anchor]
                continue
            if grp:
                return grp
            if shared_head and re.search(rf"等(?:[0-9{CN_DIGITS}]+[{self.classifiers}])?\Z",
                                         self._text[max(0, group[0].start - 6):group[0].start]):
                # A等3家南京企业 (A、B等广州企业): the place heads the list's noun; the named ones before it give
                anchor = min(p.start for p in group)
                cands = [p for p in cands if p.end <= anchor]
                continue
            if shared_head and first and not re.search(r"[，,；;。]", self._text[group[-1].end:anchor]):
                # 深圳社会各界向百色捐款…, 青岛爱心企业家向…捐赠: the subject is an unnamed group; but 深圳市慈善会代表
                # 深圳爱心企业向百色市捐赠…: the one who stands for it gives
                deputy = [p for p in cands if p.end + 2 == group[0].start and self._text[p.end:p.end + 2] == "代表"]
                return deputy
            first = False
            anchor = min(p.start for p in group)
            cands = [p for p in cands if p.end <= anchor]
        return []

    def _after_at(self, parties, p: Mention) -> bool:
        """Whether ``p`` is written right after 在, or listed after one that is (在A、B开展…): where people are."""
        q = p
        while self._text.endswith("、", 0, q.start):
            q = next((x for x in parties if x.end == q.start - 1), None)
            if q is None:
                return False
        return self._text.endswith("在", 0, q.start)

    def _from_list(self, p: Mention, parties) -> bool:
        """Whether ``p`` is listed right after 从 (从珠海市人民医院、香洲区人民医院等单位遴选…: where people are drawn
        from)."""
        text = self._text
        if text[p.start - 1:p.start] == "从":
            return True
        if text[p.start - 1:p.start] not in ("、", "和", "及"):
            return False
        before = [q for q in parties if q.end <= p.start]
        k = len(before) - 1
        while k >= 0 and text[before[k].end:(before[k + 1].start if k + 1 < len(before) else p.start)] in ("、", "和", "及"):
            if text[before[k].start - 1:before[k].start] == "从":
                return True
            k -= 1
        return False

    def _received_before(self, parties, p: Mention, counted_ok: bool) -> bool:
        """Whether ``p`` is among those listed right after 向/给 (or 到, for gifts) in its clause: a receiver there
        (A向B捐赠…，还派出…; …投放到丘北县人民医院和锦屏镇卫生院，…)."""
        text = self._text
        clause = max(text.rfind(c, 0, p.start) for c in "，,；;。") + 1
        markers = ("向", "给") if counted_ok else ("向", "给", "到")
        at = max(text.rfind(m, clause, p.start) for m in markers)
        return at >= 0 and any(q is p for q in self._group_after(parties, at + 1, limit=0))

    def _list_sends(self, last: Mention) -> bool:
        """"A、B等9家市级医院选派…": a list closed by 等N家 right before a sending verb is its subject (not
        "组织A、B等12所学校与…结对帮扶，并选派…": the object of 组织)."""
        listed = _MORE_LISTED.match(self._text, last.end)
        # the verb may stand inside the match's four characters of noun (等5家医院派出, 等5家医院共派出) or just after,
        # or after 向 and the place sent to (等8所在沪高校向喀什大学派出…)
        toward = re.match(r"向[^，,。；;]{2,16}?(?=派出|选派|派驻)", self._text[listed.end():listed.end() + 20]) \
            if listed else None
        reach = listed.end() + (toward.end() if toward else 0) if listed else 0
        return bool(listed) and any(listed.start() + 2 < a <= reach + 2 for a, _, w in
                                    self._find_all(self._text, self.staff_triggers, listed.start(), reach + 6)
                                    if w in self.strong_staff)

    def _list_partners(self, group: list[Mention]) -> bool:
        """"A、B等12家市属医院与C建立结对关系，今年共派出63名专家…": a list closed by 等N家 that opens its clause and
        is joined to a partner by 与 is the subject of what follows (not 组织A、B等12所学校与…: the object of 组织)."""
        text = self._text
        if not _LIST_PARTNERED.match(text, group[-1].end):
            return False
        clause = max(text.rfind(c, 0, group[0].start) for c in "，,；;。\n") + 1
        return bool(_TIME_OPENING.fullmatch(text, clause, group[0].start))

    def _posted_from(self, home: Mention, parties) -> bool:
        """"从A到B挂职的…": those who came from A to take a post or teach in B were sent by A."""
        text = self._text
        go = 2 if text.startswith(("来到", "前往"), home.end) else 1  # (从张店区来到巫溪县支教)
        if text[home.end:home.end + 1] not in ("到", "赴", "来", "前"):
            return False
        if text.startswith(self._strong_staff_tuple, home.end + go):
            return True  # 从余姚市来挂职解放乡党委副书记的胡振宇: the post named after the verb
        place = next((p for p in parties if p.start == home.end + go), None)
        if place is None:
            return False
        # (赵明轩从A医院来到B医院，挂职副院长; …，任副院长; 来到B医院开展为期一年的支医工作)
        if text.startswith(self._strong_staff_tuple, _POSTED_AFTER.match(text, place.end).end()):
            return True
        return self._counted_from(home) is not None  # (63人次教育人才从天河来到七星关)

    def _counted_from(self, home: Mention) -> re.Match | None:
        """People counted right before 从 and ``home``: they come from there (累计有63人次教育人才从天河来到七星关)."""
        if self._text[home.start - 1:home.start] != "从":
            return None
        return self._people_before_from.search(self._text, max(0, home.start - 14), home.start - 1)

    def _not_local(self, sender: Mention, receiver: Mention, parties) -> Mention:
        """A body of the receiver's own place sends no staff there: "A与东乡族自治县教育局签订协议，选派15名
        骨干教师赴东乡县锁南镇中心小学" — the sender is its partner A, joined to it by 与/和."""
        home = self._place_of(receiver.key)
        if not home or not self._local(sender.key, home):
            return sender
        partner = next((p for p in parties if p.end <= sender.start and self._gap(p, sender) in ("与", "和", "同")), None)
        return partner if partner is not None and not self._local(partner.key, home) else sender

    def _post_body_sender(self, sender: Mention, parties, triggers, mk: str, people=()) -> Mention:
        """A body named as part of someone's post is not who sends him: "浦口区选派汤泉街道党工委委员吴海涛到小岭镇"
        → the party before the sending verb; "杨浦区发改委副主任陈立峰挂职正安县委常委" → the body's place.
        Nor is the unit a person sent comes from, named with him after the sending verb: "天河区选派天河中学陈思远…"
        and "西和县选派…何坝镇副镇长马丽娟等8名干部赴城阳区" are sent by 天河区 and 西和县."""
        text = self._text
        made_of = _MADE_OF.search(text, max(0, sender.start - 40), sender.start)
        if made_of and made_of.end() == sender.start and _MADE_UP.match(text, sender.end):
            # 青岛市红十字会派出由|青岛大学附属医院、青岛市市立医院9名专家组成的…医疗队: the units its members come
            # from, named inside 由…组成, send none; the party before the sending verb does
            before = [p for p in parties if p.end <= made_of.start()]
            if before:
                return before[-1]
        ent = self._entities.get(sender.key)
        if ent is None:
            return sender
        titled = ent.type == "GOVERNMENT" and self._text.startswith(self.official_titles, sender.end)
        # 天河中学陈思远, 何坝镇副镇长马丽娟 (but 文三街小学选派数学教师郑浩: the subject of the sending); right after
        # the sending verb, a department and title between (选派松江区中心医院普外科副主任医师沈立平)
        # (or listed after one so named: 选派A医院骨科副主任医师梁振华、B医院麻醉科主治医师黄慧敏等4名…)
        reach = 12 if self._text.endswith(self._sending_verbs, 0, sender.start) or \
            any(p.end == sender.start - 1 for p in people) and self._text[sender.start - 1] == "、" else 6
        named_with = any(0 <= p.start - sender.end <= reach and not re.search(r"[，,；;。、]", self._text[sender.end:p.start])
                         and not any(sender.end <= a < p.start for a, _, w in triggers if w in self.strong_staff)
                         for p in people)
        if not titled and not named_with:
            return sender
        if not titled and any(p.start == sender.end + 1 and self._text[sender.end] == "的" and
                              self._text.startswith(("挂职", "挂任"), p.end) for p in people):
            return sender  # 张家港市商务局的沈磊挂职…: the unit he comes from, himself the subject
        before = [p for p in parties if p.end <= sender.start and any(
            p.end <= a < sender.start for a, _, w in triggers if w in self.strong_staff)]
        if before:
            return before[-1]
        if not titled:
            return sender
        region = ent.attrs.get("region")
        if mk.startswith(POST_MARKERS) and region:
            return Mention(sender.start, sender.end, "REGION", sender.text, key=region)
        return sender

    def _side(self, m: Mention) -> str | None:
        """East or west, for a region the pairing list places (or an organisation of one)."""
        ent = self._entities.get(self._place_of(m.key) or "")
        return ent.attrs.get("side") if ent is not None else None

    def _place_of(self, key: str) -> str | None:
        """A region's own key, an organisation's region."""
        ent = self._entities.get(key)
        if ent is None:
            return None
        return key if ent.type == "REGION" else ent.attrs.get("region")

    def _local(self, key: str, place: str) -> bool:
        """Whether ``key`` is ``place``, a place around it or an organisation of one."""
        own = self._place_of(key)
        return bool(own) and bool(place) and (own == place or self._contains(own, place))

    def _within_entity(self, outer: Mention, inner: Mention) -> bool:
        ent = self._entities.get(outer.key)
        return bool(ent and ent.attrs.get("region") == inner.key)

    def _kind(self, funders, seg) -> str:
        types = {self._entities[f.key].type for f in funders if f.key in self._entities}
        if types & {"ENTERPRISE", "ORGANIZATION", "PERSON"}:
            return "investment" if "ENTERPRISE" in types and any(w in seg for w in self.invest_words) else "donation"
        # a government's gift is a donation when it gives goods (捐赠价值40万元药品), aid when it gives money
        gives = any(w in seg for w in self.donation_words)
        return "donation" if gives and any(w in seg for w in self.goods_words) else "aid"

    # ------------------------------------------------------------- secondments
    def _staff(self, parties, mentions, s, e, evidence) -> list[Relation]:
        text = self._text
        rels = []
        subs = self._subs(s, e)
        people = [m for m in mentions if s <= m.start and m.end <= e and m.type in ("PERSON", "OFFICIAL") and m.key]
        form = self._staff_line(parties, people, s, e, evidence)  # 姓名：…；派出单位：…；挂职岗位：…
        if form is not None:
            return [form]
        unit = self._host_unit_line(parties, s, e, evidence) or self._dash_sent_line(parties, s, e, evidence) or \
            self._each_place_its_count(parties, s, e, evidence)
        if unit:  # 1.A医院：医师2名…，进修单位为B医院；  A—B…工作站（派驻专家3名）; A派驻B41人、C35人
            return unit
        for ss, se in subs:
            sub_parties = [p for p in parties if ss <= p.start and p.end <= se]
            line_rel = self._post_line(sub_parties, people, ss, se, evidence, s, e) or \
                self._home_in_brackets(sub_parties, people, ss, se, evidence, s, e)
            if line_rel and line_rel.head == line_rel.tail:
                line_rel = None  # (the team's place twice: 上海市对口支援…前方指挥部副总指挥、…（挂职）陆海峰)
            if line_rel:
                rels.append(line_rel)  # the sub may go on to state the sending itself (…林志强介绍，福建省选派31名…)
            aid = None if line_rel else self._aid(sub_parties, people, ss, se)
            if aid:
                sender, receiver, person = aid
                rels.append(Relation("seconds_staff_to", sender.key, receiver.key, evidence, s, e,
                                     secondees=(person.key,) if person is not None else ()))
                # a clause before the one naming the cadre may state a sending of its own (黄浦区选派5名医疗骨干到
                # 万州区中医院支医半年，江苏省援万干部、挂职…的陆文轩…): the rest of the sub is that clause
                clause = max(text.rfind(c, ss, min(sender.start, receiver.start)) for c in "，,")
                # (or one after it: 鄞州区挂职干部、兴仁市委常委、副市长徐伟杰介绍，今年鄞州区选派党政干部4名…到兴仁市)
                named_end = max([sender.end, receiver.end] + ([person.end] if person is not None else []))
                after = self._clause_break(named_end, se)
                if clause > ss and any(w in self.strong_staff for _, _, w in
                                       self._find_all(text, self.staff_triggers, ss, clause)):
                    se = clause
                    sub_parties = [p for p in sub_parties if p.end <= se]
                elif after < se and any(w in self.strong_staff for _, _, w in
                                        self._find_all(text, self.staff_triggers, after + 1, se)):
                    ss = after + 1
                    sub_parties = [p for p in sub_parties if p.start >= ss]
                else:
                    continue
            sent = None if line_rel else self._aid(sub_parties, people, ss, se, self._sent_cadre) or \
                self._aid(sub_parties, people, ss, se, self._origin_cadre, lead="来自")
            if sent and sent[2] is not None:
                # 栖霞区选派的挂职干部、柞水县委常委、副县长钱亮介绍，…: the sub goes on with its own facts
                rels.append(Relation("seconds_staff_to", sent[0].key, sent[1].key, evidence, s, e,
                                     secondees=(sent[2].key,)))
            triggers = self._find_all(text, self.staff_triggers, ss, se)
            sent_to: dict[str, list[Mention]] = {}  # receiver key -> its senders, in this sub-sentence
            last_senders: list[Mention] = []  # the senders of the fact stated last in this sub-sentence
            not_markers = [(a, b) for a, b, _ in self._find_all(text, self.staff_marker_blockers, ss, se)]
            # where the place of the marker before ends: a sending verb before it is that place's
            # (…挂职平利县委常委、副县长丁振华多次到蒋家坪村调研: a visit, 挂职 went with the post)
            last_place = ss
            for x, y, mk in self._find_all(text, self.staff_markers, ss, se):
                if any(a <= x < b for a, b in not_markers):
                    continue  # 甚至昆明, 以来: no place staff go to
                if mk == "到" and text.endswith("送", 0, x) and \
                        (ba := text.rfind("把", max(max(text.rfind(c, ss, x) for c in "，,") + 1, ss), x)) >= 0 and \
                        not any(w in text[ba:x] for w in self.people_nouns):
                    continue  # (…，把技术送到江孜县…: what is carried is no one; but 把一批批医生、教师和干部送到西和)
                if last_place > ss and text.endswith(self.spread_words, 0, x):
                    continue  # (…到礼县支教，分布在城关镇、盐官镇…: where they are spread in the place before)
                grp = self._group_after(sub_parties, y, limit=0)
                if not grp:
                    continue
                if mk == "在" and sent_to and all(any(self._contains(k, g.key) for k in sent_to) for g in grp):
                    continue  # (…抵达普安县，在地瓜镇、江西坡镇等地…指导: where they work in the place they reached)
                if mk == "走进" and sent_to:
                    continue  # (…到花都区跟岗学习，先后走进新华街道、狮岭镇的8所学校: visits where they were sent)
                last_place, place_before = grp[-1].end, last_place
                # a listed place that goes on to send (到疏附县、佛山市选派315人到伽师县) ends the list of receivers
                grp = [g for k, g in enumerate(grp) if not any(self._sends_again(q, se) for q in grp[1:k + 1])]
                receiver = grp[0]
                if mk == "向" and not any(grp[-1].end <= a <= grp[-1].end + 6 for a, _, w in triggers
                                          if w in self.strong_staff):
                    continue  # 向X only as 向X派出/选派/派驻
                clause = max(max(text.rfind(c, ss, x) for c in "，,") + 1, ss)
                # "…5名医疗骨干到A、3名骨干教师到B": a headcount after 、 opens the next group sent, when the
                # group before went somewhere (not 选派78名党政干部、145名专业技术人员到B: one group)
                counted = [ss + m.end() for m in _COUNTED_GROUP.finditer(text[ss:x])
                           if any(w in text[clause:ss + m.start()] for w in self.move_markers)]
                clause = max([clause] + counted)
                detail = text.startswith("其中", clause)
                if mk.startswith(POST_MARKERS):
                    receiver = self._post_receiver(receiver, se)
                # a sub-sentence whose subject is a person (…；顾文杰挂职…) takes no sender from the one before
                own_subject = any(p.start == ss + len(text[ss:se]) - len(text[ss:se].lstrip()) and p.end <= x
                                  for p in people)
                senders = [self._team_place(self._post_body_sender(self._not_local(p, receiver, parties), parties,
                                                                   triggers, mk, people))
                           for p in self._givers(parties, receiver, x, ss if own_subject else s, se, counted_ok=True)]
                if mk.startswith(POST_MARKERS) and self._place_of(receiver.key):
                    # 陈嘉树任元阳县第一中学校长，挂职元阳县教育体育局副局长: where he works is no sender
                    senders = [p for p in senders if not self._local(p.key, self._place_of(receiver.key))]
                    if not senders and last_senders and text.startswith(("同时", "并", "兼"), clause):
                        senders = last_senders  # …被派驻布拖县人民医院担任院长，同时挂职布拖县卫生健康局副局长
                if not senders:
                    # "受西青区教育局选派，我校…教师…将赴X": the one by whom they are sent
                    senders = [p for p in sub_parties if p.end <= x and text[p.start - 1:p.start] == "受"
                               and any(text.startswith(w, p.end) for w in self.strong_staff)][:1]
                if not senders or detail and senders[0].start < clause and sent_to and not (
                        self._headcount(text[clause:x]) and receiver.type in ("SCHOOL", "HOSPITAL", "GOVERNMENT") and
                        any(self._local(receiver.key, k) or self._contains(k, self._place_of(receiver.key) or "")
                            for k in sent_to)):
                    # 其中王海峰挂职…: a detail of the fact just stated, unless it names its own sender (or none was
                    # stated: 北京市选派的…教师共60名，其中32名进驻A; or it counts those sent on to an institution of
                    # the place: …12名骨干教师到三江县…，其中6名教师…进驻三江县民族高级中学; …抵达和田地区，其中14人派驻
                    # 墨玉县公安局)
                    continue
                lead = senders[-1].end  # where what is said of those sent starts
                if senders[-1].end <= clause and sent_to.get(senders[-1].key):
                    # "A选派15名队员到B，其余8名队员到C": B received; the clause goes on with A's sending (but
                    # 石狮市接收隆德县12名干部到石狮挂职，同时选派2名干部到隆德县: the subject received, and sends now)
                    before = sent_to[senders[-1].key]
                    subject = [p for p in sub_parties if p.key == senders[-1].key and p.end <= before[0].start]
                    senders, lead = subject[:1] or before, clause
                elif mk == "向" and any(lead <= p.start and p.end <= clause and p.key in sent_to for p in sub_parties):
                    lead = clause  # "A向B选派…21名，向C选派…22名": what the clause before counted was B's
                # a place right after a marker received staff; it sends only as the subject of its own clause
                senders = [p for p in senders if not text.endswith(self._arrivals, 0, p.start)]
                # (nor one's home town: 总经理陈文辉是泉州晋江人，2022年起便常驻闽宁镇)
                senders = [p for p in senders if not _NATIVE_OF.match(text, p.end)]
                # (nor does one where those counted work: 其中7名教师在A中学任教，5名教师分配到B小学)
                senders = [p for p in senders if not (text[p.start - 1:p.start] == "在" and
                                                      self._working.match(text, p.end))]
                if senders and (text.startswith(self.aid_prefix, senders[-1].end) or
                                self.aid_re.match(text, senders[-1].end)):
                    # 上海市志愿者协会选派的…上海援疆志愿者: who sent them, before the place their name says
                    chooser = [p for p in sub_parties if p.end <= senders[0].start
                               and text.startswith(tuple(self.strong_staff), p.end)]
                    if chooser:
                        senders, lead = chooser[-1:], chooser[-1].end
                # the sender's own team or body is no receiver (…挂职日喀则市委常务副书记，并担任上海市第十批援藏干部联络组组长;
                # 耀州区人社局选派干部…常驻东台市，担任耀州区驻东台劳务工作站站长)
                own = self._place_of(receiver.key) if receiver.type == "GOVERNMENT" else None
                team = self._team_place(receiver).key  # (上海援疆叶城分指挥部: 上海's, so 徐汇区's too)
                stationed = not mk.startswith(POST_MARKERS) and "驻" in receiver.text[1:] and team != receiver.key
                if not stationed:  # (but 凉山州人社局选派4名干部进驻凉山州驻宁波劳务服务工作站: its own station away)
                    senders = [p for p in senders if team != p.key and not self._contains(team, p.key)
                               and not (own and self._place_of(p.key) == own)]
                if not senders:
                    continue
                between = text[lead:receiver.start]
                if self._not_staff(between):
                    continue  # workers sent to jobs (劳务协作), students to study or patients to be treated: no staff
                # (…院长陈志远一行9人来到B: a leader and those with him visit, unlike 医疗队一行12人抵达B)
                led = between.find("一行")
                led_by = led > 0 and any(p.end == lead + led for p in people)
                if (led_by or any(n in between for n in self.delegation_nouns)) and not any(
                        lead <= a < receiver.start for a, _, w in triggers if w in self.strong_staff):
                    continue  # a delegation's visit
                strong = any(senders[-1].end <= a < se for a, _, w in triggers if w in self.strong_staff)
                # (同志 counted, not the honorific after a name: …组长的习近平同志第一次来到宁夏, a visit)
                plain = _HONORIFIC.sub("", between)
                came = self._counted_from(senders[-1])  # (63人次教育人才从天河来到七星关)
                people_named = any(n in plain for n in self.people_nouns) or HEADCOUNT.search(between) or came
                listed_end = receiver.end  # (赴广州、东莞、佛山开展招商活动: what is done after the places listed)
                while text[listed_end:listed_end + 1] in ("、", "和", "及") and \
                        (nxt := next((p for p in parties if p.start == listed_end + 1), None)) is not None:
                    listed_end = nxt.end
                after = text[listed_end:se]
                # (or what is done at the places' companies: 赴上海嘉定区、松江区的电子企业务工)
                workplace = _AT_WORKPLACE.match(after)
                # (or workers moved to jobs, told after the places: 其中赴上海等地有组织转移就业2800余人)
                visiting = any(after.startswith(v, i) for v in self.visit_words for i in range(0, 3)) or \
                    workplace is not None and after.startswith(tuple(self.visit_words), workplace.end()) or \
                    any(n in re.split(r"[，,；;。]", after, maxsplit=1)[0] for n in self._workers)
                if visiting and not any(max(senders[-1].end, clause, place_before) <= a < receiver.start
                                        for a, _, w in triggers if w in self.strong_staff):
                    continue  # 到巫溪县看望挂职干部: a visit to those sent, not a sending (…选派…挂职，组织…赴上海参加培训)
                if not strong and not (people_named and mk in self.move_markers):
                    continue
                sent_before = any(senders[-1].end <= a < x for a, _, w in triggers if w in self.strong_staff)
                # "…教师，在剑阁中学支教": the place, then what the person does there
                works_there = mk == "在" and any(receiver.end <= a <= receiver.end + 4 for a, _, w in triggers
                                                if w in self.strong_staff)
                person_named = any(ss <= p.start < x for p in people)
                # (新一批7名专家由番禺区卫生健康局选派，将在纳雍县人民医院开展为期一年的驻点帮扶: sent, then at work there)
                # (not 此前在龙岗区坂田街道办事处工作: his post at home; not 派驻宁夏的…，已在固原工作: where he went, said)
                sent_to_work = mk == "在" and sent_before and self._works_there(receiver.end, se) and \
                    not any(p.key == q.key for v in sent_to.values() for q in v for p in senders) and \
                    not any(self._local(p.key, self._place_of(receiver.key)) for p in senders)
                if mk == "在" and text.startswith(_BUILT_THERE, receiver.end):
                    continue  # (…常驻西吉县，在将台堡镇建成…工作站: what was built there, not where they were sent)
                if mk in self.help_markers and not (
                        people_named and sent_before or works_there and (people_named or person_named) or sent_to_work):
                    continue  # 帮扶X names where staff go only after sending them: 派驻11名专家帮扶X
                # the headcount stands between sender and receiver, or else after the receiver in its clause
                clause_end = min([i for i in (text.find(c, receiver.end, se) for c in "，,") if i >= 0] or [se])
                count = self._headcount(between) or self._headcount(text[receiver.end:clause_end]) or \
                    (self._headcount(came.group()) if came else None)
                again = _SENDS_AGAIN.match(text, clause_end + 1) if count and clause_end < se else None
                if again and not any(clause_end < p.start < se for p in sub_parties):
                    # (A选派4名党政干部到B挂职，选派46名医生、教师…开展支医支教: more sent, no other place named)
                    count += self._headcount(text[again.end():self._clause_break(again.end(), se)]) or 0
                nxt = clause_end
                while count and nxt < se and text[nxt] in "，," and \
                        (more := _COUNTED_CLAUSE.fullmatch(text, nxt + 1, self._clause_break(nxt + 1, se))) and \
                        self._people_only(more.group("noun")):
                    # (…挂职的党政干部共6名，专业技术人才39名。: more people counted in a clause of their own)
                    count += self._headcount(more.group()) or 0
                    nxt = more.end()
                counted_before = _COUNT_BEFORE.search(text, max(ss, senders[0].start - 8), senders[0].start)
                if not count and counted_before and len(senders) == 1:
                    # (共有12名余姚党政干部和专业技术人才在昭觉挂职: the count before the sender's name, its people after)
                    count = self._headcount(counted_before.group() + between)
                if not count and text.endswith("由", 0, senders[0].start):  # (新一批7名专家由A选派，将在B…)
                    count = self._headcount(text[max(max(text.rfind(c, ss, senders[0].start) for c in "，,") + 1, ss):
                                                 senders[0].start])
                if detail and senders[0].start < clause:  # (…共60名，其中32名进驻A: the part sent there;
                    # …1120名…，其中赴伊犁州986名: its number after it)
                    count = self._headcount(text[clause + 2:receiver.start]) or \
                        self._headcount(text[receiver.end:clause_end]) or count
                named = tuple(p.key for p in people if lead <= p.start and p.end <= x)
                groups = _group_counts(between, self.trips_not_sent, self.served_nouns)
                if "分别" in text[ss:se] and len(grp) == 1 and len(groups) == len(senders) > 1:
                    # "徐汇区、宝山区分别选派20名、25名教师到叶城县": each sender its own number
                    for snd, n in zip(senders, groups):
                        rels.append(Relation("seconds_staff_to", snd.key, receiver.key, evidence, s, e, headcount=n))
                    continue
                if "分别" in text[ss:se] and len(senders) == 1 and len(grp) == len(groups) > 1 and \
                        not mk.startswith(POST_MARKERS):
                    # "A选派11名教师、8名医生分别到B、C": each receiver its own group, in order
                    for rcv, n in zip(grp, groups):
                        rels.append(Relation("seconds_staff_to", senders[0].key, rcv.key, evidence, s, e, headcount=n))
                    for r in grp:
                        sent_to[r.key] = senders
                    last_senders = senders
                    continue
                if "分别" in text[ss:se] and len(grp) == len(senders) > 1:
                    # "A、B分别向C、D派驻专家六名": in order, each the headcount stated (…11名、7名: each its own)
                    counts = _group_counts(text[grp[-1].end:se], self.trips_not_sent, self.served_nouns)
                    count = self._headcount(text[grp[-1].end:se]) or count
                    # (A、B分别选派30名、25名干部到C、D: the numbers before the places, each its own)
                    counts = counts if len(counts) == len(senders) else groups
                    each = counts if len(counts) == len(senders) else [count] * len(senders)
                    for snd, rcv, n in zip(senders, grp, each):
                        rels.append(Relation("seconds_staff_to", snd.key, rcv.key, evidence, s, e, headcount=n))
                    continue
                # "8名队员到A、B开展帮扶": each receiver listed, how the headcount splits is not said: the total
                # on each, marked shared (as one number sent by several senders together)
                receivers = grp if len(grp) > 1 and not mk.startswith(POST_MARKERS) else [receiver]
                if mk.startswith(POST_MARKERS) and len(grp) > 1 and text.endswith("分别", 0, x) and \
                        len(named) == len(grp) and len(senders) == 1:
                    # "队员林志斌、陈雅琴、黄文涛分别挂任西吉县、海原县、泾源县副县长": each the post of his place
                    for person, rcv in zip(named, grp):
                        rels.append(Relation("seconds_staff_to", senders[0].key, self._post_receiver(rcv, se).key,
                                             evidence, s, e, secondees=(person,)))
                    for r in grp:
                        sent_to[r.key] = senders
                    last_senders = senders
                    continue
                if mk.startswith(POST_MARKERS):
                    receivers += self._more_posts(receiver, sub_parties, se)
                shared = count is not None and len(receivers) * len(senders) > 1
                for rcv in receivers:
                    for snd in senders:
                        rels.append(Relation("seconds_staff_to", snd.key, rcv.key, evidence, s, e,
                                             headcount=count, joint=shared, secondees=named))
                for r in grp:
                    sent_to[r.key] = senders
                last_senders = senders
        if not rels:
            rels += self._staff_between_partners(parties, s, e, evidence) or \
                self._staff_at_station(parties, s, e, evidence)
        elif len(subs) > 1:
            # (…，泉州市实验中学与同心县第二中学开展结对共建；福州市第二医院与西吉县人民医院签订对口帮扶协议，先后派出
            # 12名专家坐诊带教: a part of its own, none of whose parties received in the facts found)
            received = {r.tail for r in rels}
            for ss, se in subs:
                own = [p for p in parties if ss <= p.start and p.end <= se]
                if not any(p.key in received for p in own):
                    rels += self._staff_between_partners(own, ss, se, evidence, (s, e))
        welcomed = self._staff_received(parties, s, e, evidence) if rels and "迎来" in text[s:e] else []
        if welcomed:
            # (B迎来A派驻的2名全科医生，他们将在B所在的镇开展…帮扶: the one welcoming them receives from A)
            senders = {r.head for r in welcomed}
            rels = [r for r in rels if r.head not in senders] + welcomed
        if not rels or "接收" in text[s:e]:
            # (…选派…赴固原开展帮扶，接收固原市…42人来泉挂职: those received besides those sent)
            found = {(r.head, r.tail) for r in rels}
            rels += [r for r in self._staff_received(parties, s, e, evidence) if (r.head, r.tail) not in found]
        if not rels:
            rels += self._staff_at_opening_place(parties, people, s, e, evidence) or \
                self._aid_worker_of_institution(parties, people, s, e, evidence)
        if not rels:
            rels += self._staff_from_or_in(parties, people, s, e, evidence)
        elif any(r.headcount is None for r in rels) and HEADCOUNT.search(text, s, e):
            # (A选派挂职B…的C介绍，目前A共有5名党政干部、23名专业技术人员在B挂职…: the count of those held there)
            held = {(r.head, r.tail): r.headcount for r in self._staff_from_or_in(parties, people, s, e, evidence)}
            rels = [replace(r, headcount=held[r.head, r.tail]) if r.headcount is None and held.get((r.head, r.tail))
                    else r for r in rels]
        if not rels:
            rels += self._staff_marked_post(parties, people, s, e, evidence) or \
                self._post_before_home(parties, people, s, e, evidence)
        # (a detail opening with 其中 goes on with the sentence before: 本批专家来自…，援藏期为一年半。其中，…)
        told = max(text.rfind("。", 0, s - 1), text.rfind("\n", 0, s - 1)) + 1 if text.startswith("其中", s) else s
        if not rels and (self.aid_re.search(text, told, e) or any(w in text[told:e] for w in self.aid_context_words)):
            # (the post taken as aid, said: 援X, 来自, a team's leader; not 林嘉树任…名誉院长, a post held)
            rels += self._staff_home_then_post(parties, people, s, e, evidence)
        if not rels:
            rels += self._staff_for_place(parties, people, s, e, evidence) or \
                self._staff_placed(parties, s, e, evidence)
        if not rels:
            rels += self._staff_for_topic(parties, people, s, e, evidence) or \
                self._post_holder_sent_by(parties, people, s, e, evidence)
        # 陆海峰是闵行区选派的…干部，现任上海援疆莎车分指挥部指挥长，挂职莎车县委常委: the district that sent him,
        # not also its province named in his post (but each of a list sending together: 广东、山东、深圳四省市…选派)
        rels = [r for r in rels if not any(o.tail == r.tail and o.head != r.head and self._contains(r.head, o.head)
                                           and not (r.joint and o.joint) for o in rels)]
        return _merge_staff(rels + self._detail_received(parties, rels, s, e, evidence))

    def _detail_received(self, parties, rels, s, e, evidence) -> list[Relation]:
        """"湖南省选派86名教师到吐鲁番市…，其中高昌区第三中学接收了14名": an institution of the place sent to, said after
        其中 to receive so many, receives them from the same sender."""
        text = self._text
        out = []
        for m in _DETAIL_RECEIVED.finditer(text, s, e):
            x = next((p for p in parties if p.start == m.start("x") and p.end == m.end("x")), None)
            place = self._place_of(x.key) if x is not None else None
            for r in rels if place else ():
                if r.tail != x.key and (r.tail == place or self._contains(r.tail, place)):
                    out.append(Relation("seconds_staff_to", r.head, x.key, evidence, s, e,
                                        headcount=self._headcount(m.group("n"))))
                    break
        return out

    def _post_holder_sent_by(self, parties, people, s, e, evidence) -> list[Relation]:
        """"三灵村驻村第一书记黄振宇是百色市税务局派驻的干部": a place's post, its holder, then 是 and the one whose sending
        put him there: sent from that one to the place."""
        text = self._text
        for person in people:
            # (…的王振宇同志，是松江区发改委选派来的干部)
            sent = _IS_SENT_BY.match(text, person.end + (2 if text.startswith("同志", person.end) else 0), e)
            sender = next((p for p in parties if sent is not None and p.start == sent.end()), None)
            if sender is None or not _SENDS_RIGHT_AFTER.match(text, sender.end):
                continue
            # (or the place his post is taken in: 在镇雄挂职县委常委、副县长的王振宇)
            post = next((p for p in parties if p.type == "REGION" and p.end < person.start and (
                         text.startswith(tuple(self.leadership), p.end) and
                         re.fullmatch(r"[\u4e00-\u9fff]{2,10}", text[p.end:person.start]) or
                         re.fullmatch(r"挂职[\u4e00-\u9fff、]{2,14}的", text[p.end:person.start]))), None)
            if post is not None and post.key != sender.key:
                return [Relation("seconds_staff_to", sender.key, post.key, evidence, s, e, secondees=(person.key,))]
        return []

    def _staff_for_topic(self, parties, people, s, e, evidence) -> list[Relation]:
        """A line opening with its receiver and a colon: "文县人民医院：青岛市崂山区人民医院派出8人，…" (the party sending
        after it) or "布拖县人民医院：杨国庆（宁波市鄞州区甬南医院普外科主任医师）挂任执行院长" (the unit in brackets after the
        name, before the post taken) sends to the receiver."""
        text = self._text
        colon = next((i for i in range(s, min(e, s + 32)) if text[i] in "：:"), None)
        topic = next((p for p in parties if colon is not None and p.end == colon and
                      _ROW_NUMBER.fullmatch(text, s, p.start)), None)
        if topic is None:
            return []
        after = [p for p in parties if p.start > colon]
        sender = next((p for p in after if _SENDS_RIGHT_AFTER.match(text, p.end)), None)
        person = None
        if sender is None:
            # 杨国庆（宁波市鄞州区甬南医院…）挂任…: the unit opening the bracket after the name
            person = next((x for x in people if x.start == colon + 1 and text[x.end:x.end + 1] in "（("), None)
            close = next((i for i in range(person.end, e) if text[i] in "）)"), -1) if person is not None else -1
            sender = next((p for p in after if person is not None and p.start == person.end + 1), None)
            if sender is None or close < 0 or not text.startswith(POST_MARKERS, close + 1):
                return []
        if sender.key == topic.key or self._contains(sender.key, topic.key):
            return []
        count = self._headcount(text[sender.end:self._clause_break(sender.end, e)])
        return [Relation("seconds_staff_to", sender.key, topic.key, evidence, s, e, headcount=count,
                         secondees=(person.key,) if person is not None else ())]

    def _staff_marked_post(self, parties, people, s, e, evidence) -> list[Relation]:
        """"深圳市驻百色工作组副组长、百色市人民政府副秘书长（挂职）陈立新", "青川县委常委、副县长（挂职）、湖州市派驻
        青川工作组组长沈立群": a post marked 挂职 in a person's title naming the sending place's team is a secondment
        from that place to the post's body (or its place, for a place's leadership post)."""
        text = self._text
        if "挂职" not in text[s:e]:
            return []  # (no post marked here: the names' openings need not be looked for)
        rels = []
        for person in people:
            opening = max([text.rfind(c, s, person.start) for c in "，,；;。：:"] + [s - 1]) + 1
            mark = next(_MARKED_POST.finditer(text, opening, person.start), None)
            if mark is None:
                continue
            title = [p for p in parties if opening <= p.start and p.end <= person.start]
            teams = [p for p in title if self._team_place(p) is not p]
            posts = [p for p in title if p.type in ("GOVERNMENT", "HOSPITAL", "SCHOOL") and p.end <= mark.start()
                     and p not in teams and not any(t.start <= p.start and p.end <= t.end for t in teams)]
            if not teams or not posts:
                continue
            sender, receiver = self._team_place(teams[0]), self._post_receiver(posts[-1], mark.start())
            if sender.key != receiver.key and not self._contains(sender.key, receiver.key):
                rels.append(Relation("seconds_staff_to", sender.key, receiver.key, evidence, s, e,
                                     secondees=(person.key,)))
        return rels

    def _post_before_home(self, parties, people, s, e, evidence) -> list[Relation]:
        """"挂任纳雍县副县长的天河区干部黎志强", "挂职哈尔滨新区管委会副主任的深圳干部黄志鹏": a post taken (挂职, 挂任),
        的, the cadre's home place and the word for a cadre right before his name: sent from home to the post's place
        (a leadership post) or body."""
        text = self._text
        if "挂" not in text[s:e]:
            return []  # (no post taken here)
        rels = []
        for person in people:
            home = next((p for p in parties if p.type == "REGION" and text.endswith("的", s, p.start) and
                         _CADRE_WORD.fullmatch(text, p.end, person.start)), None)
            if home is None:
                continue
            opening = max([text.rfind(c, s, home.start) for c in "，,；;。：:"] + [s - 1]) + 1
            mark = next((m for m in reversed(list(_TAKES_SECONDED_POST.finditer(text, opening, home.start)))), None)
            posts = [p for p in parties if mark is not None and mark.end() <= p.start and p.end < home.start]
            if not posts or posts[-1].type not in ("REGION", "GOVERNMENT"):
                continue
            post = posts[-1]
            receiver = post if post.type == "REGION" and text.startswith(tuple(self.leadership), post.end) else \
                self._post_receiver(post, home.start - 1) if post.type == "GOVERNMENT" else None
            if receiver is not None and receiver.key != home.key and not self._contains(home.key, receiver.key):
                rels.append(Relation("seconds_staff_to", home.key, receiver.key, evidence, s, e,
                                     secondees=(person.key,)))
        return rels

    def _staff_from_or_in(self, parties, people, s, e, evidence) -> list[Relation]:
        """"海淀区在化德县的挂职干部…共有27名" and "来自上海市闵行区的12名教师在泽普县第二中学开展支教": staff of A
        in B, where what is said of them names a secondment (挂职, 支教, 援派, 援X专家…)."""
        text = self._text
        staff_words = tuple(self.strong_staff) + ("援",)
        for b in parties:
            # 在大方县第一中学支教的天河中学教师林晓雯: A, right after "在B<sending verb>的", works in B
            verb = next((w for w in self.strong_staff if text.startswith(w, b.end)), None) \
                if text.startswith(self._strong_staff_tuple, b.end) else None
            # (or who came there to do so: 去年9月到巫溪中学支教的城阳二中英语教师孙晓蕾, 首次来碌曲支教的…)
            a = next((p for p in parties if verb and text.endswith(("在", "到", "来", "赴"), s, b.start) and
                      p.start == b.end + len(verb) + 1 and text[b.end + len(verb)] == "的"), None)
            if a is not None and a.key != b.key and not self._contains(a.key, b.key) and any(
                    t in text[a.end:a.end + 2 + len(t)] for t in self.staff_titles):  # (…学校英语教师俞佳)
                named = tuple(p.key for p in people if a.end <= p.start <= a.end + 8)
                return [Relation("seconds_staff_to", a.key, b.key, evidence, s, e, secondees=named)]
        for a in parties:
            # "白云区共有8名党政干部、36名专业技术人才在纳雍县挂职或驻点帮扶": A has so many people in B, doing what
            # secondees do there
            held = _HAS_PEOPLE_IN.match(text, a.end)
            b = next((p for p in parties if held and p.start == held.end()), None)
            if b is not None and b.key != a.key and not self._contains(a.key, b.key) and (
                    any(text.startswith(w, b.end) for w in self.strong_staff) or _HELPING_THERE.match(text, b.end) or
                    _SERVING_OR_LEARNING.match(text, b.end) and any(n in held.group() for n in self.people_nouns) or
                    # (…共有5名挂职干部和23名专业技术人才在镇雄县工作: those counted are seconded, working there)
                    text.startswith(("工作", "服务"), b.end) and any(w in held.group() for w in staff_words)):
                return [Relation("seconds_staff_to", a.key, b.key, evidence, s, e,
                                 headcount=self._headcount(held.group()))]
        for a in parties:
            b = next((p for p in parties if p.start == a.end + 1 and text[a.end] == "在"), None)
            # (来自A、B和C的11名医护人员在D…进修: each listed, where they come from)
            listed = self._group_before(parties, a.end) if text.startswith("的", a.end) else [a]
            origin = text.endswith("来自", s, listed[0].start)
            verb = next((w for w in self.strong_staff if b is not None and text.startswith(w + "的", b.end)), None)
            if b is not None and text.startswith("的", b.end):
                head = b.end + 1  # 海淀区在化德县的挂职干部
            elif verb:
                head = b.end  # 武清区在古浪县挂职的党政干部4名
            elif b is not None and _HAS_COUNTED.match(text, b.end):
                head = b.end  # 晋江市在盐池县共有挂职干部3名、专业技术人才47名
            elif b is not None and _SENDS_RIGHT_AFTER.match(text, b.end):
                head = b.end  # 中建八局在康乐县派驻驻村第一书记3名、驻村工作队员6名
            elif b is not None and _STAFF_COUNTED_AFTER.match(text, b.end):
                head = b.end  # 常州经开区在共和县挂职干部4名、专业技术人才19名
            elif origin and text.startswith("的", a.end):
                # 来自A的…在B: the first party after 在 in the clause
                clause_end = min([i for i in (text.find(c, a.end, e) for c in "，,；;。") if i >= 0] or [e])
                at = [p for p in parties if a.end < p.start < clause_end and text[p.start - 1] == "在"]
                b, head = (at[0], a.end + 1) if at else (None, None)
            else:
                continue
            if b is None or b.key == a.key or self._contains(a.key, b.key):
                continue
            said = text[head:min(e, b.end + 30) if origin else min(e, head + 12)]
            # (or, of those who come from the places or institutions listed, what they learn there: …在D结束了为期半年
            # 的进修学习)
            if not (any(w in said for w in staff_words) or origin and any(w in said for w in ("进修", "跟岗"))) or not (
                    any(n in said for n in self.people_nouns) or self.aid_re.search(said)):
                continue
            if origin and a.type == "REGION" and not HEADCOUNT.search(said):
                continue  # 来自香港的援疆医生陈家豪: where one person comes from, not who sent him
            named = tuple(p.key for p in people if head <= p.start < e)
            count = self._headcount(text[head:e])
            senders = [p for p in listed if p.key != b.key and not self._contains(p.key, b.key)] if origin else [a]
            return [Relation("seconds_staff_to", p.key, b.key, evidence, s, e, headcount=count, secondees=named,
                             joint=len(senders) > 1 and count is not None) for p in senders]
        return []

    def _staff_at_station(self, parties, s, e, evidence) -> list[Relation]:
        """"即墨区人社局在宕昌县设立劳务协作工作站，派驻2名工作人员常年驻点": those sent, with no place after the
        verb, staff the station the sender set up in the place named after 在."""
        text = self._text
        m = _STATION_STAFFED.search(text, s, e)
        if m is None:
            return []
        sender = next((p for p in parties if p.start == m.start("body") and p.end == m.end("body")), None) \
            if m.group("body") else next((p for p in parties if p.end == m.start()), None)
        place = next((p for p in parties if p.start == m.start("place")), None)
        if sender is None or place is None or sender.key == place.key or self._contains(sender.key, place.key):
            return []
        clause = self._clause_break(m.start("sent"), e)
        # the station itself when named, those sent named no place of their own (…设立泰兴驻旬邑劳务服务站，派出1名
        # 工作人员长期驻点); the place it stands in when it goes unnamed (…设立劳务协作工作站，派驻2名工作人员常年驻点)
        station = next((p for p in parties if p.type == "GOVERNMENT" and m.start("station") <= p.start and
                        p.end == m.end("station")), None)
        if station is not None and not any(m.end("sent") <= p.start < clause for p in parties):
            place = station
        return [Relation("seconds_staff_to", sender.key, self._written_on(place, parties).key, evidence, s, e,
                         headcount=self._headcount(text[m.start("sent"):clause]))]

    def _staff_received(self, parties, s, e, evidence) -> list[Relation]:
        """"今年青岛还接收陇南、麦盖提等地来青挂职干部41名", "青川县先后迎来安吉县农业农村局选派的5名专家": the
        parties after 接收 or 迎来 send to the one receiving, the party opening the clause."""
        text, out = self._text, []
        for m in re.finditer(r"接收|迎来了?", text[s:e]):
            at = s + m.start()
            clause = max(max(text.rfind(c, s, at) for c in "，,；;") + 1, s)
            grp = self._group_after(parties, at + len(m.group()), limit=0)
            # (青川县先后迎来安吉县农业农村局选派的5名茶叶技术专家: those it sent)
            # (…接收黄埔区选派的专业技术人才46名: those sent, as after 迎来)
            come = grp and (m.group() == "接收" and _COMING_TO_LEARN.match(text, grp[-1].end) or
                            _SENT_BY.match(text, grp[-1].end)) or None
            # (1．黔西市第一中学：接收番禺区石碁中学教师6名，任教…: a line's head receives the staff counted after)
            come = come or grp and text[at - 1:at] in "：:" and _STAFF_COUNTED.match(text, grp[-1].end) or None
            # the one receiving: the clause's subject, or the place they come to (全年接收青川县62名干部…来安吉跟岗)
            host = [p for p in parties if clause <= p.start and p.end <= at] or \
                [p for p in parties if come and come.groupdict().get("host") and p.start == come.start("host")
                 and p.end == come.end("host")] or \
                [p for p in parties if p.end < clause and _SENDS_RIGHT_AFTER.match(text, p.end)][-1:] or \
                [p for p in parties[:1] if p.end < clause and (not text[s:p.start].strip() or
                                                              text[s:p.start].endswith(("方面，", "方面,"))) and
                 _RECEIVES_ON.fullmatch(text, clause, at)]  # (A与B建立…关系，全年接收B进修医生22名: A, the subject)
            # (or the one that sent its own people in the clause before: 泉州市共选派…赴固原，接收固原市…42人来泉挂职)
            said = text[grp[-1].end:self._clause_break(grp[-1].end, e)] if grp else ""
            if not host or not come or not (self._headcount(said) or any(n in said for n in self.people_nouns)):
                continue  # (people received: counted or named as such)
            count = self._headcount(said)
            out += [Relation("seconds_staff_to", g.key, host[0].key, evidence, s, e, headcount=count,
                             joint=count is not None and len(grp) > 1) for g in grp if g.key != host[0].key]
        return out

    def _staff_at_opening_place(self, parties, people, s, e, evidence) -> list[Relation]:
        """"在美姑县人民医院，镇海区人民医院选派的12名医护人员…": the place opening the sentence receives whom
        the party after it sent; an institution there, a place's aid doctors (在伽师县人民医院，广东援疆医生…)."""
        text = self._text
        # (清晨，在林芝市人民医院，…: a short time phrase may come first)
        opening = _OPENING_PLACE.match(text, s)
        place = next((p for p in parties if opening and p.start == opening.end() and
                      _PLACE_ROOM.match(text, p.end)), None)  # (在…人民医院手术室，…)
        if place is None:
            return []
        # the first party of the clause after it, the subject or after 由 or a visitor (俞建峰看望了…)
        after = _PLACE_ROOM.match(text, place.end).end()
        clause_end = self._clause_break(after, e)
        # (the longest of those starting first: a school or hospital, not the place opening its name)
        sender = min((p for p in parties if after <= p.start < clause_end), key=lambda p: (p.start, -p.end),
                     default=None)
        if sender is None or sender.key == place.key or self._contains(sender.key, place.key):
            return []
        verb = next((w for w in self.strong_staff if text.startswith(w, sender.end)), None)
        # 选派的…, 选派来此支教的…, 派驻该院的…: those it sent there
        sent = verb is not None and _SENT_HERE.match(text, sender.end + len(verb))
        # (在澜沧县，记者见到了在当地挂职副县长的宝山区干部陈思源: serving "there", from the place before 干部)
        local = text.find("在当地", place.end, sender.start)
        if local >= 0 and text.startswith(tuple(self.strong_staff), local + 3) and \
                any(text.startswith(w, sender.end) for w in self.people_nouns):
            named = tuple(p.key for p in people if sender.end <= p.start < self._clause_break(sender.end, e))
            return [Relation("seconds_staff_to", sender.key, place.key, evidence, s, e, secondees=named)]
        # (…，来自南京市雨花台区的援青医生周启航…: where those sent come from)
        duty = re.match(r"(?:支教|支医|支农|挂职|援派|帮扶)?", text[sender.end + 1:sender.end + 3]).end()
        come = text.endswith("来自", 0, sender.start) and text.startswith("的", sender.end) and (
            self.aid_re.match(text, sender.end + 1) or
            text.startswith(tuple(self.people_nouns), sender.end + 1 + duty))  # (…的支教老师林晓燕)
        if come:
            clause_end = self._clause_break(sender.end, e)
            named = tuple(p.key for p in people if sender.end <= p.start < clause_end)
            return [Relation("seconds_staff_to", sender.key, place.key, evidence, s, e, secondees=named)]
        # (or one opening the clause with its aid doctors: …病房里，常州市第一人民医院援青医生吴振宇…)
        if not sent and not (sender.start in (place.end + 1, after) and place.type != "REGION" and
                             (sender.type == "REGION" or sender.start == after and sender.type in ("HOSPITAL", "SCHOOL"))
                             and self.aid_re.match(text, sender.end)):
            return self._opening_place_senders(parties, place, sender, s, e, evidence)
        clause_end = self._clause_break(sender.end, e)
        named = tuple(p.key for p in people if sender.end <= p.start < clause_end)
        # the headcount of those sent (选派的12名医护人员), not of whom an aid doctor trains (带教本地医生42名)
        count = self._headcount(text[sender.end:clause_end]) if verb is not None else None
        return [Relation("seconds_staff_to", sender.key, place.key, evidence, s, e, headcount=count, secondees=named)]

    def _aid_worker_of_institution(self, parties, people, s, e, evidence) -> list[Relation]:
        """An aid doctor or teacher of a place, named right after the hospital or school he works in ("图为…，皮山县
        人民医院安徽援疆医生、眼科主任程立新（右）为…"), or after where he works and 的 (在塔河实验小学任教的台州援疆教师
        王海燕, 在八宿县工作的天津援藏干部人才): the place sent him there."""
        text = self._text
        out = []
        for place in parties:
            work = _WORKING_THERE.match(text, place.end) if text[place.start - 1:place.start] == "在" else None
            at = work.end() if work else place.end if place.type in ("HOSPITAL", "SCHOOL") else -1
            home = next((p for p in parties if p.start == at and p.type == "REGION"), None)
            if home is None or not self.aid_re.match(text, home.end) or self._local(place.key, home.key) or \
                    any(r.head == home.key and r.tail == place.key for r in out):
                continue
            clause_end = self._clause_break(home.end, e)
            named = tuple(p.key for p in people if home.end <= p.start < clause_end)
            if named or work:  # (right after the institution, only one named: 医院深圳援疆医生罗建新)
                out.append(Relation("seconds_staff_to", home.key, place.key, evidence, s, e,
                                    headcount=self._headcount(text[home.end:clause_end]) if work else None,
                                    secondees=named))
        return out

    def _opening_place_senders(self, parties, place: Mention, sender: Mention, s, e, evidence) -> list[Relation]:
        """"在玉树州人民医院，A、B等9家医院持续开展…帮扶，…累计派驻专家58名": the clause's subjects sent the
        people counted after a sending verb later in the sentence, with no other party before it."""
        text = self._text
        if sender.start != place.end + 1:
            return []
        senders = self._group_after(parties, sender.start, limit=0)
        verb = next(((a, b) for a, b, w in self._find_all(text, self.staff_triggers, senders[-1].end, e)
                     if w in self.strong_staff), None)
        if verb is None or any(senders[-1].end <= p.start < verb[0] for p in parties):
            return []
        said = text[verb[1]:self._clause_break(verb[1], e)]
        count = self._headcount(said)
        if count is None and not any(n in said for n in self.people_nouns):
            return []  # people sent, counted or named by what they are (派驻专家58名)
        senders = [snd for snd in senders if snd.key != place.key and not self._contains(snd.key, place.key)]
        return [Relation("seconds_staff_to", snd.key, place.key, evidence, s, e, headcount=count,
                         joint=count is not None and len(senders) > 1) for snd in senders]

    def _sends_again(self, party: Mention, se: int) -> bool:
        """A party followed by a sending verb and, later in its sub-sentence, a place marker: the subject of the
        next sending (…到疏附县、佛山市选派315人到伽师县), not one more receiver."""
        text = self._text
        verb = next((w for w in self.strong_staff if text.startswith(w, party.end)), None)
        return verb is not None and any(text.find(mk, party.end + len(verb), se) >= 0 for mk in self._arrivals)

    def _not_staff(self, words: str) -> bool:
        """Whether ``words`` name those sent as workers, students or patients (not 新生 of 新生儿科医生)."""
        return any(n in words.replace("新生儿科", "") for n in self.labour_nouns)

    def _staff_between_partners(self, parties, s, e, evidence, sentence: tuple | None = None) -> list[Relation]:
        """"A对口帮扶B，派驻专家14名" / "A与B建立对口帮扶关系，先后派出专家42名": the partners' sender sends to the other
        (read in [s, e), the sentence's span ``sentence`` when that is a part of it)."""
        text = self._text
        staff = [t for t in self._find_all(text, self.staff_triggers, s, e) if t[2] in self.strong_staff]
        if not staff or re.search(r"(?:互派|互相派|相互派|互相选派|相互选派)", text[s:staff[0][1]]):
            return []  # (两校互派教师跟岗交流: both ways, neither said to send to the other)
        a = staff[0][0]
        if self._not_staff(text[staff[0][1]:staff[0][1] + 12]):
            return []  # (…各选派5名学生参加交流营: students, workers or patients, no staff)
        sides = None
        for x, y, w in self._find_all(text, self._staff_sides, s, a):
            subjects = self._group_before(parties, x, allow_yu=True)
            objects = self._group_after(parties, y)
            if objects and re.search(r"[，,；;。]", text[y:objects[0].start]):
                continue  # (A和B结对，A派了4名老师: no object of the word, the sender named again after it)
            if text.startswith("的", y) and objects and re.search(r"[，,]", text[objects[-1].end:a]) and \
                    not any(objects[-1].end <= p.start and p.end <= a and any(p.key == q.key for q in subjects)
                            for p in parties):
                # (上海对口支援的江孜、亚东…五县，今年各选派…: those helped are the clause's subject, and send; but
                # …五县，都有上海派出的支教老师: the helper named again sends, and 向结对的B选派…: to B)
                continue
            if subjects and objects and (x - subjects[-1].end <= 4 or _MORE_LISTED.fullmatch(text[subjects[-1].end:x])
                                         or any(g.fullmatch(text[subjects[-1].end:x]) for g in self.subject_gaps)):
                # (A以“组团式”帮扶方式对口支援B; A、B等6家医院组团帮扶C; A对口支援B和兵团|第十三师: both, the
                # division for the Corps before it)
                while (inner := next((p for p in parties if p.start == objects[-1].end and
                                      self._contains(objects[-1].key, p.key)), None)) is not None:
                    objects = objects[:-1] + [inner]
                sides = (subjects, objects)
                break
        if sides is None:
            usable = [p for p in parties if p.end <= a]
            for x, y in pairwise(usable):
                if re.fullmatch(r"(?:与|和|同)", self._gap(x, y)) and \
                        self._find_all(text, self.pairs_mutual, y.end, a):
                    sides = ([x], [y])
                    break
        if sides is None:
            # "A向B捐赠小麦良种10万斤，并派出2名技术员…": the giver sends to the one it gave to
            # (上海、广东、山东、深圳四省市共向喀什地区投入…，选派…: the list counted, each)
            usable = [p for p in parties if p.end <= a]
            for x, y in pairwise(usable):
                gap = _TOWARDS_GAP.fullmatch(text, x.end, y.start)
                # (or a company investing in a place: A公司在B投资800万元建起…，公司派来3名技术员常驻指导)
                if gap and text.startswith(self._gift_verbs if gap.group(2) == "向" else ("投资", "投入"), y.end) and \
                        (gap.group(2) == "向" or x.type == "ENTERPRISE") and x.key != y.key:
                    givers = self._group_before(usable, x.end) if gap.group(1) else [x]
                    if not gap.group(1) or len(givers) == cn_number(gap.group(1)):
                        sides = (givers, [y])
                        break
        senders = {p.key for p in sides[0]} if sides else set()
        if sides is None or any(p.start > sides[1][-1].end and p.end <= a and p.key not in senders for p in parties):
            return []  # another party between the partners and the trigger (the sender named again is fine)
        if any(w in text[sides[1][-1].end:a] for w in self.unnamed_subjects):
            return []  # (A结对帮扶B和C，我们医院前几批援派医生都去过C: the sender is the speaker's own, unnamed)
        count = self._headcount(text[staff[0][0]:e])
        counts, shared = [count] * len(sides[1]), len(sides[0]) > 1 or len(sides[1]) > 1
        if len(sides[1]) > 1 and "分别" in text[sides[1][-1].end:e]:
            # (A对口帮扶B、C，分别派驻专家5名、3名: each its own number, or none known)
            each = _group_counts(text[staff[0][0]:e], self.trips_not_sent, self.served_nouns)
            counts = each if len(each) == len(sides[1]) else [None] * len(sides[1])
            shared = len(sides[0]) > 1
        return [Relation("seconds_staff_to", snd.key, rcv.key, evidence, *(sentence or (s, e)), headcount=n,
                         joint=n is not None and shared)
                for rcv, n in zip(sides[1], counts) for snd in sides[0] if snd.key != rcv.key]

    def _counted(self, p: Mention) -> bool:
        return bool(re.match(r"[0-9一二两三四五六七八九十]+(?:余|多)?名", self._text[p.end:p.end + 6]))

    def _people_only(self, noun: str) -> bool:
        """Whether ``noun`` names people and nothing else (专业技术人才; not 其中党政干部, a breakdown, nor
        带教本地医务人员, those trained)."""
        noun_end = next((n for n in self.people_nouns if noun.endswith(n)), None)
        return noun_end is not None and len(noun) - len(noun_end) <= 4 and not noun.startswith("其中") and \
            not any(w in noun for w in self.trips_not_sent)

    def _headcount(self, seg: str) -> int | None:
        """People sent, summed over the groups named; a breakdown after 其中 details them again and is not added
        (专业技术人才47名（其中教师21名、医生18名）, 共53人，其中党政干部8人…)."""
        seg = re.sub(r"[(（]其中[^()（）]*[)）]", "", seg)
        cut = seg.find("其中")
        if cut > 0 and HEADCOUNT.search(seg, 0, cut):
            # the 其中 clause, when it counts people again; what follows its clause still counts
            seg = seg[:cut] + re.sub(r"^其中[^；;。]*", lambda m: "" if HEADCOUNT.search(m.group()) else m.group(),
                                     seg[cut:])
        return sum(_group_counts(seg, self.trips_not_sent, self.served_nouns)) or None

    def _aid(self, parties, people, ss, se, pattern: re.Pattern | None = None, lead: str = ""):
        """"武进援陕专家、汉滨区新建职中校长王立新": sender region, the body of the person's post, the person (or
        what ``pattern`` matches after the region in place of 援陕专家)."""
        text = self._text
        for p in parties:
            if p.type not in ("REGION", "HOSPITAL", "SCHOOL") and not (
                    pattern is self._sent_cadre and p.type in ("GOVERNMENT", "ENTERPRISE")):
                continue  # (a body or a company sends too: 兰溪市农业农村局派来的食用菌专家周卫东…, 国家电投选派的挂职干部、…)
            # 武进援陕专家…; 栖霞区选派的挂职干部、柞水县委常委、副县长钱亮; 来自惠安县的挂职干部、…; 上海市松江区中心医院
            # 援滇专家、广南县人民医院执行院长 顾晓峰
            m = (pattern or self.aid_re).match(text, p.end)
            if not m or not text.endswith(lead, 0, p.start):
                continue
            own = (self._place_of(p.key) or p.key) if p.type == "GOVERNMENT" else p.key  # (济南市公安局: 济南市)
            if m.group().endswith("的") and not any(
                    q.start == m.end() and q.type == "GOVERNMENT" and (home := self._place_of(q.key))
                    and home != own and not self._contains(own, home) for q in parties):
                # 嘉定区选派的丘北县委常委、副县长顾文杰: no noun for those sent, the post held where he went
                # (not 天河区选派的石牌街道办事处副主任李志强: his post at home)
                works = self._works_at(parties, people, m.end(), se)
                if works:  # (长兴县人民医院派出的骨科副主任医师钱晓东，将在朝天区人民医院坐诊带教一年)
                    return (p,) + works
                continue
            # 海珠区派驻荔波县挂职干部、荔波县委常委、副县长 周文博: the place is where he went, who sent him before it
            verb = next((v for v in _SENT_TO_PLACE if text.endswith(v, 0, p.start)), None)
            sender = next((q for q in parties if verb and q.end == p.start - len(verb)), None)
            p = sender or p
            person = next((x for x in people if m.end() <= x.start <= m.end() + 30 and x.start < se), None)
            if person is None and re.match(r"[，,、]", text[m.end():m.end() + 1] or " ") and (named_before := next(
                    (x for x in people if ss <= x.start and x.end < p.start and
                     re.fullmatch(r"[，,、 \t\u3000]", text[x.end:p.start])), None)) is not None:
                # "赵宏宇，天津市河西区挂职干部，崆峒区委常委、副区长": the name first, the post after who sent him
                posts = [q for q in parties if m.end() < q.start < se and q.type == "GOVERNMENT" and
                         text.startswith(self.official_titles, q.end) and not self._local(own, self._place_of(q.key))]
                if posts and not re.search(r"[，,；;。]", text[m.end() + 1:posts[0].start]):
                    return p, self._post_receiver(posts[0], se), named_before
            if person is not None:
                # (not his post at home: 济南市公安局选派的挂职干部、历下区分局副局长王晓峰)
                # (nor the team he leads: 来自静安区的援疆干部、上海援疆巴楚分指挥部指挥长唐振宇)
                posts = [q for q in parties if m.end() <= q.start and q.end <= person.start and q.type != "REGION"
                         and not (p.type == "GOVERNMENT" and self._local(p.key, self._place_of(q.key)))
                         and self._team_place(q) is q]
                if posts:
                    # 天津援青干部、尖扎县委常委、副县长（挂职）杨帆: a leadership post is the place's
                    return p, self._post_receiver(posts[-1], person.start), person
                places = [q for q in parties if m.end() <= q.start and q.end <= person.start]
                if places and text.startswith(tuple(self.leadership), places[-1].end):
                    return p, places[-1], person  # 上海援万干部、万州区副区长（挂职）顾晓东
                if person.start == m.end():
                    # "巫山县委常委、副县长，大连市援巫挂职干部郑凯": the post stated before, ending at a comma
                    # (or a place's leadership post before 、: 宕昌县副县长、市北区挂职干部王晓东)
                    held = [q for q in parties if ss <= q.start and q.end < p.start and (
                            q.type == "GOVERNMENT" and text.startswith(self.official_titles, q.end) or
                            q.type == "REGION" and text.startswith(tuple(self.leadership), q.end))
                            and re.fullmatch(r"[\u4e00-\u9fff、（）()]{2,20}[，,、]", text[q.end:p.start])]
                    if held:
                        return p, self._post_receiver(held[-1], p.start), person
            # 深圳援疆医生李志鹏在X人民医院…, 苏州援铜医疗专家在碧江区人民医院…; …援疆医生周晟担任X人民医院胸痛中心主任
            at = person.end if person is not None else m.end()
            verb = next((v for v in ("在", "到", "赴", "担任", "任") if text.startswith(v, at)), None)
            if verb:
                grp = self._group_after(parties, at + len(verb), limit=0)
                if grp and (len(verb) == 1 and verb != "任" or grp[0].type in ("HOSPITAL", "SCHOOL")):
                    return p, grp[0], person
        return None

    def _staff_home_then_post(self, parties, people, s, e, evidence) -> list[Relation]:
        """A doctor or teacher named with his own hospital or school (before him, his department and title between, or
        right after him set off by a comma) who takes a post in another of its kind in another place (任, 担任, 现任):
        sent from the one to the other ("…援藏队员、上海市申江医院心内科主任医师林嘉树任江孜县人民医院院长",
        "深圳市红岭中学副校长黄志坚担任深喀第一高级中学校长", "孙立国，天津市第四十二中学高级教师，援藏期间任昌都市
        第一高级中学副校长"; not a post held before, 曾任, nor one at home). A hospital may be named without its place
        (中山医院心内科副主任医师陆文彬任日喀则市人民医院常务副院长), and the one told of may be unnamed (这位来自广东省人民医院
        的心外科副主任医师，…任林芝市人民医院副院长)."""
        text = self._text
        # (start, end, key) of those told of: the people named, and "这位来自A的<title>" ending at its comma
        told = [(p.start, p.end, p.key) for p in people] + [
            (m.start(), m.end() - 1, None) for m in _THIS_ONE_FROM.finditer(text, s, e)]
        for start, end, key in told:
            clause_end = min([i for i in (text.find(c, end, e) for c in "；;。") if i >= 0] or [e])
            if key is None:  # (the one unnamed: his hospital or school right after 这位来自)
                home = next((p for p in parties if p.start == start + 4 and p.type in ("HOSPITAL", "SCHOOL")), None)
            else:
                home = max((p for p in parties if p.end <= start and p.type in ("HOSPITAL", "SCHOOL") and
                            re.fullmatch(r"[\u4e00-\u9fff]{0,12}", text[p.end:start])), key=lambda p: p.end,
                           default=None) or next((p for p in parties if p.start == end + 1 and
                                                  text[end] in "，," and p.type in ("HOSPITAL", "SCHOOL")), None)
            there = self._place_of(home.key) if home is not None else None
            if home is None or not there and home.type != "HOSPITAL":
                continue
            for verb in _TAKES_POST.finditer(text, end, clause_end):
                post = next((p for p in parties if p.start == verb.end() and p.type == home.type and p.key != home.key),
                            None)
                place = self._place_of(post.key) if post is not None else None
                if post is not None and (there or place) and not (
                        place and there and (self._local(post.key, there) or self._local(home.key, place))):
                    return [Relation("seconds_staff_to", home.key, post.key, evidence, s, e,
                                     secondees=(key,) if key else ())]
        return []

    def _staff_for_place(self, parties, people, s, e, evidence) -> list[Relation]:
        """"刘晓燕　济南市历城区教育和体育局选派临夏县支教教师", "…江桥医院选派莎车县人民医院援疆医生": the sender, its
        sending verb, then the place or institution the one sent serves, named before what he is there."""
        text = self._text
        for p in parties:
            verb = _SENDS_FOR.match(text, p.end)
            place = next((q for q in parties if verb and q.start == verb.end()), None)
            what = _SENT_AS.match(text, place.end) if place is not None else None
            if what is not None and place.key != p.key and not self._contains(p.key, place.key):
                named = tuple(x.key for x in people if s <= x.start < e)
                return [Relation("seconds_staff_to", p.key, place.key, evidence, s, e, secondees=named[:1])]
        return []

    def _staff_placed(self, parties, s, e, evidence) -> list[Relation]:
        """"杭州市西湖区人民医院的3名专家被安排在泸定县人民医院": an institution's people counted, placed in another (or
        its team arriving at it: 天津市津南医院第三批帮扶医疗队抵达民乐县人民医院)."""
        text = self._text
        for m in list(_PLACED_IN.finditer(text, s, e)) + list(_TEAM_ARRIVES.finditer(text, s, e)):
            home = next((p for p in parties if p.end == m.start()), None)
            post = next((p for p in parties if p.start == m.end()), None)
            if home is not None and post is not None and home.key != post.key and \
                    not self._contains(home.key, post.key):
                return [Relation("seconds_staff_to", home.key, post.key, evidence, s, e,
                                 headcount=self._headcount(m.group()))]
        return []

    def _works_at(self, parties, people, at: int, se: int) -> tuple | None:
        """The place and the person of "…选派的数学教师苏婉清来自…，她将在墨玉县第一中学任教三年": a person named
        right after ``at`` (his role between), then, later in the sentence, 在/到/赴 a place where he works."""
        text = self._text
        person = next((x for x in people if at <= x.start <= at + 12 and not re.search(r"[，,；;。、]", text[at:x.start])),
                      None)
        if person is None:
            return None
        for m in _WORKS_AT.finditer(text, person.end, se):
            grp = self._group_after(parties, m.end(), limit=0)
            if grp and grp[0].start == m.end() and self._works_there(grp[-1].end, se):
                return grp[0], person
        return None

    def _works_there(self, at: int, se: int) -> bool:
        """Whether the clause going on at ``at`` (right after a place) tells work done there (坐诊带教一年, 开展为期一年的
        驻点帮扶; not 开展调研)."""
        # (not 工作 of a thing's name: …，在将台堡镇建成“…专家工作站”)
        clause = re.sub(r"工作(?:站|室|组|队|坊|点)", "", self._text[at:self._clause_break(at, se)])
        return any(w in clause for w in self.work_verbs)

    def _post_line(self, parties, people, ss, se, evidence, s, e) -> Relation | None:
        """"智俊忠,泰州市工作组组长、挂职咸阳市政府副秘书长;": sender team's region → post's body or region;
        "王蕾，首都医科大学附属北京友谊医院主任医师，援派四子王旗人民医院…": the person's employer → the place named."""
        text = self._text
        k = text.find("挂职", ss, se)
        if k < 0:
            # (援派X, or in an honours list: 援X专家, 援疆任X院长)
            aid = next((m for m in _AID_POST.finditer(text, ss, se) if any(p.start == m.end() for p in parties)), None)
            if aid is None:
                return None
            k = aid.start()
            person = next((p for p in people if ss <= p.start < k), None)
            employer = [p for p in parties if person is not None and person.end <= p.start and p.end <= k
                        and p.type != "REGION"]
            after = [p for p in parties if p.start == aid.end()]
            if not employer or not after:
                return None
            home = self._place_of(employer[-1].key)
            if aid.group("roster") and (not _ROW_NUMBER.fullmatch(text, text.rfind("\n", 0, person.start) + 1,
                                                                   person.start) or
                                        not home and employer[-1].type != "HOSPITAL" or
                                        home and self._local(after[0].key, home)):
                # 任 only on a roster line opening with the name, a post away from the employer's known place (not
                # 黄启明，财经学院讲师，任…: a college's school, no place; but a hospital named without one is no
                # department of another: 陶蕾，安徽医科大学第一附属医院消化内科副主任医师，任山南市人民医院…)
                return None
            # (…干部，派驻哈达铺镇杨家坪村任第一书记: the last of the places written as one)
            return Relation("seconds_staff_to", employer[-1].key, self._written_on(after[0], parties).key, evidence,
                            s, e, secondees=(person.key,))
        person = next((p for p in people if ss <= p.start < k), None) or next(
            (p for p in people if k < p.start < se), None)  # "…，挂职喀什地委副书记吴强说"
        if person is None:
            return None
        gz_ = self._entities
        team = next((p for p in parties if p.type == "GOVERNMENT" and any(
            gz_[p.key].name.endswith(t) for t in self.team_suffixes) and p.start < k), None)
        if team is None:
            # "来自常州市的徐志远挂职贵德县委常委": where he comes from sends him to the post's place
            home = next((p for p in parties if p.end + 1 == person.start and text[p.end] == "的" and
                         text.endswith("来自", 0, p.start) and person.end <= k), None)
            after = [p for p in parties if p.start >= k + 2]
            if home is not None and after and after[0].start - k <= 3:
                receiver = self._post_receiver(after[0], se)
                if receiver.key != home.key and not self._contains(home.key, receiver.key):
                    return Relation("seconds_staff_to", home.key, receiver.key, evidence, s, e, secondees=(person.key,))
            return self._post_then_home(parties, person, k, se, evidence, s, e)
        place = self._team_place(team)
        if place is team:
            return None
        sender = place.key
        after = [p for p in parties if p.start >= k + 2]
        if not after:
            return None
        receiver = self._post_receiver(after[0], se).key
        return Relation("seconds_staff_to", sender, receiver, evidence, s, e, secondees=(person.key,))

    def _post_then_home(self, parties, person, k, se, evidence, s, e) -> Relation | None:
        """"挂职西吉县委常委、副县长的仓山区干部林志坚说", "在化德县挂职副县长的宣武区干部刘建军": the home named
        after 的 → the post's place."""
        de = self._text.find("的", k, person.start) if person.start > k else -1
        if de < 0:
            return None
        home = [p for p in parties if de < p.start and p.end <= person.start]
        post = [p for p in parties if k + 2 <= p.start and p.end <= de] or \
            [p for p in parties if p.end == k and self._text.endswith("在", 0, p.start)] or \
            [p for p in parties if self._text.endswith("在", 0, p.start) and self._text[p.end:k] in ("，", ",")]
        # (在大化县挂职副县长的…干部; 在陆河县人民医院，挂职副院长的深圳市第二人民医院骨科专家林振华: the place opening it)
        if not home and post and post[0].end <= k:
            # (余杭区在苍溪县挂职县委常委、副县长的沈立群: the home right before 在 the post's place)
            home = [p for p in parties if p.end + 1 == post[0].start and self._text[p.end] == "在"]
        if not home or not post:
            return None
        receiver = self._post_receiver(post[0], se)
        # (…的宁波市援青工作组组长陈建军: the team's place; 在商南县挂职的溧水区干部、商南县副县长许晨: not the post's place
        # named again before the name)
        homes = [self._team_place(h) for h in home]
        sender = next((h for h in reversed(homes) if h.key != receiver.key and not self._local(h.key, receiver.key)),
                      None)
        if sender is None:
            return None
        return Relation("seconds_staff_to", sender.key, receiver.key, evidence, s, e, secondees=(person.key,))

    def _team_place(self, m: Mention) -> Mention:
        """A work team, liaison group or front command stands for the place that sends it: the place its
        name starts with, as recorded on the entity (深圳市南山区驻乐业县工作队 → 南山区, 靖江市结对永寿县联络组 → 靖江市)."""
        ent = self._entities.get(m.key)
        if m.type == "ORGANIZATION" and ent is not None and ent.name.endswith(self.school_team_suffixes):
            # (厦门大学第二十六届研究生支教团 → 厦门大学: the university whose team it is)
            school = next((k for k, x in self._entities.items() if x.type == "SCHOOL" and ent.name.startswith(x.name)),
                          None)
            return Mention(m.start, m.end, "SCHOOL", m.text, key=school) if school else m
        if m.type != "GOVERNMENT" or ent is None or not ent.name.endswith(self.team_suffixes):
            return m
        region = ent.attrs.get("region") or self._place_inside_team(ent.name)
        return Mention(m.start, m.end, "REGION", m.text, key=region) if region else m

    def _place_inside_team(self, name: str) -> str | None:
        """A place of the text named short inside a team's name that opens with no place, right before the team's
        own ending (粤黔协作工作队|花都|工作组 → 花都区; not 宁波赴凉山州…工作队: where the team went)."""
        for key, x in self._entities.items():
            level = x.attrs.get("level")
            if x.type != "REGION" or level not in ("county", "prefecture"):
                continue
            forms = {x.attrs.get("official_name") or x.name, x.name, *x.aliases} | gz.short_forms(x.name, level)
            if any(0 < (at := name.rfind(f)) and name.endswith(self.team_suffixes, at + len(f)) and
                   len(name) - at - len(f) <= 3 for f in forms if len(f) >= 2):
                return key
        return None

    def _home_in_brackets(self, parties, people, ss, se, evidence, s, e) -> Relation | None:
        """"思南县委常委、副县长（吴江区挂职）陆一鸣": the place in the brackets sends the one named after them to the
        post before them (to the place, for a post in its leadership)."""
        text = self._text
        m = _BRACKETED_HOME.search(text, ss, se)
        if m is None:
            return None
        home = next((p for p in parties if p.start == m.start() + 1 and p.end == m.end(1)), None)
        # (the one named after the brackets, or right before them: …副县长王宇航（相城区挂职干部）)
        line = text.rfind("\n", 0, m.start()) + 1
        person = next((p for p in people if p.start == m.end()), None) or \
            next((p for p in people if p.end == m.start()), None) or \
            next((p for p in people if line <= p.start <= line + 4 and re.match(r"[ \t\u3000，,]", text[p.end:p.end + 1])
                  and _LINE_LEAD.fullmatch(text, line, p.start)), None)  # (陈俊峰　白河县委常委、副县长（溧阳市挂职）)
        post_end = person.start if person is not None and person.end == m.start() else m.start()
        body = max((p for p in parties if p.end <= post_end and p.type in ("REGION", "GOVERNMENT") and
                    not re.search(r"[，,；;。]", text[p.end:post_end])), key=lambda p: p.end, default=None)
        if home is None or body is None or person is None or home.key == body.key:
            return None
        receiver = self._post_receiver(body, post_end)
        return Relation("seconds_staff_to", home.key, receiver.key, evidence, s, e, secondees=(person.key,))

    def _post_receiver(self, body: Mention, se: int) -> Mention:
        """A post in a place's own leadership (挂职永寿县委常委、副县长) is a secondment to the place;
        any other post (挂职咸阳市政府副秘书长) to the body."""
        ent = self._entities.get(body.key)
        post = self._text[body.end:se].lstrip("、")
        branch = _PARTY_BRANCH.search(body.text)
        if ent is not None and branch:
            # (挂任贵德县高级中学党支部副书记、校长: the school whose branch it is)
            inner = body.text[:branch.start()]
            unit = next((k for k, x in self._entities.items() if x.type in ("SCHOOL", "HOSPITAL", "ENTERPRISE") and
                         (x.name == inner or inner in x.aliases)), None)
            if unit is not None:
                return Mention(body.start, body.end - len(branch.group()), self._entities[unit].type, inner, key=unit)
        region = ent.attrs.get("region") if ent is not None and ent.type == "GOVERNMENT" else None
        # (but 挂职西吉县人民政府副县长: the government named in full is the body he joined, as most golds read it)
        if region and any(post.startswith(t) for t in self.leadership) and not body.text.endswith("人民政府"):
            return Mention(body.start, body.end, "REGION", body.text, key=region)
        return body
