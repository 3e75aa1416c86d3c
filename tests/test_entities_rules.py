"""Entity rules on single sentences: regions and their short forms, ambiguous names, organisation
names extended leftwards, unnamed references, officials versus persons, bylines.

Sentences are new, written in the style of the held-out pairs (extraction guide, entity types)."""
import pytest

# (sentence, short form written, official name, qualified)
SHORT_FORMS = (
    ("广州市番禺区与黔东南州从江县深化东西部协作。", "黔东南州", "贵州省黔东南苗族侗族自治州"),
    ("宁波与延边州珲春市结成对口合作关系。", "宁波", "浙江省宁波市"),
    ("汉滨与武进两地干部交流频繁。", "汉滨", "陕西省安康市汉滨区"),
    ("济南市与临夏州签订东西部协作协议。", "临夏州", "甘肃省临夏回族自治州"),
    # a two-character county the dictionary knows as a place, with no other place named
    ("专家团队于2024年3月4日到达环县开展为期一年的帮扶工作。", "环县", "甘肃省庆阳市环县"),
    # a short form right after a city's name, though another (市北, of 市北区) runs across their edge
    ("宁波市北仑职业高级中学与晴隆县中等职业学校结成帮扶对子。", "北仑", "浙江省宁波市北仑区"),
    # a city's short form alone, whatever part of speech the dictionary gives it (银川 n)
    ("以前，她每年要跟着丈夫到银川打零工。", "银川", "宁夏回族自治区银川市"),
    ("这批香菇明天一早就发往毕节。", "毕节", "贵州省毕节市"),
    # (or a frequent word: 保定 v 739, 孝感 n 2101, whose namesake verb or noun is rare in news)
    ("2016年起，北京市对口帮扶河北省张家口、承德、保定三市23个县。", "保定", "河北省保定市"),
    ("恩施和孝感的干部参加了培训。", "孝感", "湖北省孝感市"),
    # (rare enough: 沛县 67 in jieba's dictionary, 和县 390 is mostly 和 + 县)
    ("沛县派出3名骨干医生到临夏县人民医院开展帮扶。", "沛县", "江苏省徐州市沛县"),
    # a city's short form that is a plain word, with one of its counties named
    ("这是广州对口协作毕节以来，天河区与纳雍县结对帮扶的一个缩影。", "毕节", "贵州省毕节市"),
    pytest.param("东乡县与历下区签订结对协议。", "东乡县", "甘肃省临夏回族自治州东乡族自治县"),
    # Inner Mongolia's banners by their initials, townships (苏木) and villages (嘎查) by their local names
    ("顺义区与科右前旗深化东西部协作。", "科右前旗", "内蒙古自治区兴安盟科尔沁右翼前旗"),
    ("昌平区向阿左旗巴彦浩特镇捐赠10万元。", "阿左旗", "内蒙古自治区阿拉善盟阿拉善左旗"),
    # a township upgraded since the division list was made (羊永乡 → 羊永镇)
    ("东丽区向临潭县冶力关镇、八角镇、羊永镇分别拨付资金960万元、580万元、420万元。", "羊永镇", "甘肃省甘南藏族自治州临潭县羊永乡"),
    ("项目带动科右前旗乌兰毛都苏木300户农牧民增收。", "乌兰毛都苏木", "内蒙古自治区兴安盟科尔沁右翼前旗乌兰毛都苏木乡"),
    # a short form the segmenter joins to the body after it (海南|州委)
    ("海南州委常委、副州长李明带队到江阴市考察。", "海南州", "青海省海南藏族自治州"),
    # a city's short form the segmenter keeps in one word with its zone (苏州高新区)
    ("苏州高新区向江口县太平镇寨沙村捐赠帮扶资金50万元。", "苏州高新区", "江苏省苏州市高新区"),
    # a county's short form whose 县 the segmenter joins to the body after it (都安|县政府)
    ("宝安区挂职干部、都安县政府副县长李卓然介绍情况。", "都安县", "广西壮族自治区河池市都安瑶族自治县"),
)
# (sentence, ambiguous name, qualified it must resolve to)
AMBIGUOUS = (
    ("福州市鼓楼区对口帮扶西吉县。", "鼓楼区", "福建省福州市鼓楼区"),
    ("南京市鼓楼区与湟源县签订结对协议。", "鼓楼区", "江苏省南京市鼓楼区"),
    ("天津市和平区与会宁县深化东西部协作。", "和平区", "天津市和平区"),
    ("北京市朝阳区对口帮扶巴林左旗。", "朝阳区", "北京市朝阳区"),
    # the city named in an earlier sentence of the same text
    ("福州市召开东西部协作推进会。鼓楼区对口帮扶西吉县。", "鼓楼区", "福建省福州市鼓楼区"),
    ("天津市与甘肃省深化东西部协作。和平区与会宁县签订结对协议。", "和平区", "天津市和平区"),
    ("天津市红桥区、河北区共同帮扶夏河县发展牦牛产业。", "河北区", "天津市河北区"),
    # a province's short form that a district of the city named nearby shares is the province
    ("天津市还与甘肃、河北开展对口帮扶。", "河北", "河北省"),
)
# (sentence, type, exact name expected)
ORG_NAMES = (
    # a kind of company by its trade before a place opening its name (温岭鞋企|…)
    ("瑞安茶企浙江明前春茶业有限公司在南部县投资600万元。", "ENTERPRISE", "浙江明前春茶业有限公司"),
    # a company after a verb of mobilising (动员); a town's education management centre, a state body
    ("他还动员广州恒信达物流有限公司向燕子口镇中心学校捐赠了价值18万元的课桌椅和图书。", "ENTERPRISE", "广州恒信达物流有限公司"),
    ("在长兴堡镇中心完小，虎门镇教育管理中心捐赠的图书和体育器材也已经摆进了教室。", "GOVERNMENT", "虎门镇教育管理中心"),
    # 会计, tagged a verb, inside a name; an alumni association; a supply and marketing cooperative's union, a body
    ("上海立信会计金融学院与昭通学院签署对口帮扶协议。", "SCHOOL", "上海立信会计金融学院"),
    ("上海市徐汇区教育发展基金会联合上海市徐汇中学校友会向元阳县第一中学捐赠图书。", "ORGANIZATION", "上海市徐汇中学校友会"),
    ("江都区供销合作总社也与张家坪村签订了结对帮扶协议。", "GOVERNMENT", "江都区供销合作总社"),
    ("贵州省供销合作社联合社派出干部。", "GOVERNMENT", "贵州省供销合作社联合社"),
    # a group's company of a province by its place and trade
    ("国网江苏省电力有限公司与玛多县结为帮扶对子。三年来，江苏电力累计向玛多县投入帮扶资金1650万元。", "ENTERPRISE", "江苏电力"),
    # a team named with its mission (帮扶 only inside a team's name) and a school after a count of its people
    ("杭州市帮扶恩施州工作队领队周晓东主持会议。", "GOVERNMENT", "杭州市帮扶恩施州工作队"),
    ("首批12名吉林师范大学青年教师已赴浙江师范大学访学。", "SCHOOL", "吉林师范大学"),
    # disease control and testing centres of the state
    ("宝坻区动物疫病预防控制中心选派2名兽医到玛曲县。", "GOVERNMENT", "宝坻区动物疫病预防控制中心"),
    ("青岛市农产品质量检测中心派出专家到西和县。", "GOVERNMENT", "青岛市农产品质量检测中心"),
    # medical centres
    ("广州市妇女儿童医疗中心与安顺市妇幼保健院签订对口帮扶协议。", "HOSPITAL", "广州市妇女儿童医疗中心"),
    # a learned society
    ("丰台区红十字会、丰台区医学会分别向海拉苏镇中心卫生院捐赠急救设备。", "ORGANIZATION", "丰台区医学会"),
    # words before a prefecture or county written in full are no part of a hospital's or school's name
    ("宁波专家在导管室指导凉山州第二人民医院的医生完成复杂病例。", "HOSPITAL", "凉山州第二人民医院"),
    ("英语教师周梓涵任教于鄞州区钟公庙中学，今年到布拖县支教。", "SCHOOL", "鄞州区钟公庙中学"),
    # a set phrase before the place a hospital's name opens with is no part of it
    ("下一步，晴隆县将积极争取慈溪市妇幼保健院与晴隆县妇幼保健院结对。", "HOSPITAL", "慈溪市妇幼保健院"),
    # a branch named after its company's full name is one name
    ("2.东海银行股份有限公司西昌分行推出产业贷。", "ENTERPRISE", "东海银行股份有限公司西昌分行"),
    ("泰安财产保险股份有限公司凉山中心支公司为农户承保。", "ENTERPRISE", "泰安财产保险股份有限公司凉山中心支公司"),
    # a profile's subtitle opens with 记 after its dash
    ("——记华信银行派驻羊场镇红光村第一书记周嘉豪", "ENTERPRISE", "华信银行"),
    # one character right after the company's place opens its brand (the segmenter's 东阿|本|草堂)
    ("山东东阿本草堂生物科技有限公司在彭水县郁山镇投资建设加工厂。", "ENTERPRISE", "山东东阿本草堂生物科技有限公司"),
    # a noun the dictionary tags as a verb inside a company's name
    ("西吉县的马铃薯通过华联超市股份有限公司销往福建各地。", "ENTERPRISE", "华联超市股份有限公司"),
    # a bank's branch, over the bank's name
    ("中国建设银行固原分行向西吉县捐赠50万元。", "ENTERPRISE", "中国建设银行固原分行"),
    # a national body by its full name, a prefecture's 行署
    ("按照中央组织部、国家卫生健康委的部署开展帮扶。", "GOVERNMENT", "国家卫生健康委"),
    ("和田地区行署副专员李建国说，医疗资源将继续下沉。", "GOVERNMENT", "和田地区行署"),
    # 书院 schools, a village's 党总支
    ("鄞州区东钱湖书院与昭觉县民族中学结对。", "SCHOOL", "鄞州区东钱湖书院"),
    ("安吉县递铺街道鲁家村党总支书记朱仁斌带队考察。", "GOVERNMENT", "安吉县递铺街道鲁家村党总支"),
    # a verb ending in 驻 opens no name (常驻|武定县人力资源和社会保障局)
    ("禅城区人社局选派2名干部常驻武定县人力资源和社会保障局。", "GOVERNMENT", "武定县人力资源和社会保障局"),
    # a leading group with its place, a bank, a central school of a township, the role before a company
    ("经丹寨县东西部协作工作领导小组研究，同意下达项目计划。", "GOVERNMENT", "丹寨县东西部协作工作领导小组"),
    ("合作社向贵州丹寨农村商业银行申请贷款50万元。", "ENTERPRISE", "贵州丹寨农村商业银行"),
    ("龙泉镇中心校与鄞州区东湖小学结对。", "SCHOOL", "龙泉镇中心校"),
    ("丹寨县职业教育中心与宁波市职业技术教育中心学校签订校校结对协议。", "SCHOOL", "丹寨县职业教育中心"),
    ("项目实施主体丹寨县金钟农业开发有限公司负责建设。", "ENTERPRISE", "丹寨县金钟农业开发有限公司"),
    ("天津市对口支援甘南州挂职干部联络组召开座谈会。", "GOVERNMENT", "天津市对口支援甘南州挂职干部联络组"),
    ("常州市赴安康工作组召开月度例会。", "GOVERNMENT", "常州市赴安康工作组"),
    ("溧阳市青年企业家商会向白河县捐赠协作资金10万元。", "ORGANIZATION", "溧阳市青年企业家商会"),
    # a task force (工作专班) carrying its mission in its name
    ("绿春县东西部协作产业招商工作专班负责项目对接。", "GOVERNMENT", "绿春县东西部协作产业招商工作专班"),
    # a company's kind before its name (区属国有企业)
    ("区属国有企业章丘城投集团向城口县捐赠帮扶资金200万元。", "ENTERPRISE", "章丘城投集团"),
    # a time word a company names itself by (未来)
    ("北京智学未来科技有限公司向堆龙德庆区第二小学捐赠智慧黑板。", "ENTERPRISE", "北京智学未来科技有限公司"),
    ("杭州新程假日国际旅行社有限公司已在雷山县投资1800万元建设民宿。", "ENTERPRISE", "杭州新程假日国际旅行社有限公司"),
    # a brand of two characters holding 和, the city's short form cut by the segmenter (上|海瑞|和|医药集团)
    ("上海瑞和医药集团有限公司向绿春县中医医院捐赠价值30万元的中成药。", "ENTERPRISE", "上海瑞和医药集团有限公司"),
    ("北京绿野春天乳业有限公司与哈吐布其嘎查签订村企结对帮扶协议。", "ENTERPRISE", "北京绿野春天乳业有限公司"),
    # a party's role before its name (运营方), but a brand's 方 stays (穗方)
    ("园区运营方山东鲁彭电子商务有限公司总经理介绍，公司已在彭水县投资约1800万元。", "ENTERPRISE", "山东鲁彭电子商务有限公司"),
    ("这家工厂由广州穗方农业发展有限公司投资1.2亿元建设。", "ENTERPRISE", "广州穗方农业发展有限公司"),
    # a brand's single character the dictionary tags as a verb (富丽|达|集团)
    ("富丽达集团在库车市投资超过10亿元建设的纺织产业园。", "ENTERPRISE", "富丽达集团"),
    # a rare word of the dictionary cut out of a brand (中|鼎新|能源) is not read as the adverb it is tagged
    ("深圳市中鼎新能源科技有限公司在河源高新区投资25亿元。", "ENTERPRISE", "深圳市中鼎新能源科技有限公司"),
    ("上海市宝山区中西医结合医院选派5名医生到定日县人民医院开展帮扶。", "HOSPITAL", "上海市宝山区中西医结合医院"),
    # 和 inside a body's name after a word that is also a place's short form (振兴 of 振兴区)
    ("深圳市乡村振兴和协作交流局牵头推进。", "GOVERNMENT", "深圳市乡村振兴和协作交流局"),
    # a verb inside an organisation's name, a noun ending in a stop word (组织), a joint verb before a place
    ("浙江省慈善联合总会向甘孜藏族自治州捐赠物资价值1200余万元。", "ORGANIZATION", "浙江省慈善联合总会"),
    ("闵行区社会组织联合会发动辖区23家社会组织与元阳县23个村结对。", "ORGANIZATION", "闵行区社会组织联合会"),
    ("基金会代表处联合闵行区社会组织联合会开展助学活动。", "ORGANIZATION", "闵行区社会组织联合会"),
    ("汉滨区职业技术教育中心与武进区职业教育中心学校结对共建。", "SCHOOL", "汉滨区职业技术教育中心"),
    # a brand opening with 和 after its place, split by the segmenter (鹤山市|和|盛)
    ("鹤山市和盛食品有限公司向中山村捐赠冷链设备。", "ENTERPRISE", "鹤山市和盛食品有限公司"),
    # two lone characters after the place are its brand (北京|同|和|医院, 北京|亦|城|慈善基金会)
    ("2024年4月，扎赉特旗人民医院与北京同和医院建立对口帮扶关系。", "HOSPITAL", "北京同和医院"),
    ("北京亦城慈善基金会向巴林右旗捐赠帮扶资金。", "ORGANIZATION", "北京亦城慈善基金会"),
    # 自然, tagged as an adverb, a noun inside a name after its place (上海自然博物馆)
    ("为了让管护员会巡护，上海自然博物馆今年8月派出3名专家赴玛多。", "ORGANIZATION", "上海自然博物馆"),
    # a community's health station (社区卫生服务站)
    ("深圳市龙岗区第三人民医院向康城社区卫生服务站派驻了5名医生，轮流坐诊。", "HOSPITAL", "康城社区卫生服务站"),
    # the nation's name and 联合 opening a brand (中华|联合|财产保险…), no two bodies joined
    ("2024年春播前，中华联合财产保险股份有限公司北京分公司向察右前旗捐赠马铃薯种植收入保险。", "ENTERPRISE",
     "中华联合财产保险股份有限公司北京分公司"),
    # a brand closing with 和 after its place (上海|申和|食品…)
    ("2019年至2024年，上海申和食品集团股份有限公司在巴楚县累计投资8600万元。", "ENTERPRISE", "上海申和食品集团股份有限公司"),
    # a county's short form opening a company's name, though 那 alone is a determiner
    ("那曲圣源牧业有限公司在色尼区建成牦牛养殖基地。", "ENTERPRISE", "那曲圣源牧业有限公司"),
    ("西安航天基地辖区企业正衡集团冠名援建汉滨区晏坝镇九年制学校。", "ENTERPRISE", "正衡集团"),
    # a verb of bringing in ends the name (…工作队引入|武汉…有限公司)
    ("这是江苏省援青工作队引入南京紫金文旅发展有限公司投资建设的项目。", "ENTERPRISE", "南京紫金文旅发展有限公司"),
    ("西安航天基地辖区企业正衡集团冠名援建汉滨区晏坝镇九年制学校。", "SCHOOL", "汉滨区晏坝镇九年制学校"),
    ("番禺区中心医院与从江县人民医院建立对口帮扶关系。", "HOSPITAL", "番禺区中心医院"),
    ("福田区香蜜湖街道社区健康服务中心与那坡县城厢镇卫生院结成帮扶对子。", "HOSPITAL", "福田区香蜜湖街道社区健康服务中心"),
    ("番禺区中心医院与从江县人民医院建立对口帮扶关系。", "HOSPITAL", "从江县人民医院"),
    ("番禺区象贤中学与从江县第一民族中学结对共建。", "SCHOOL", "从江县第一民族中学"),
    ("杭州市拱墅区教育局组织15名骨干教师赴康定市支教。", "GOVERNMENT", "杭州市拱墅区教育局"),
    ("福州市民政局、福州市慈善总会分别向西吉县捐赠10万元防疫物资。", "ORGANIZATION", "福州市慈善总会"),
    # a school's number written with 〇 (第一二〇中学)
    ("沈阳市第一二〇中学与那曲市第一中学签订结对共建协议。", "SCHOOL", "沈阳市第一二〇中学"),
    # an ending the segmenter closes a word with before a word that would run on (医院|长期, 学院|派出)
    ("上海市第六人民医院长期帮扶日喀则市人民医院。", "HOSPITAL", "上海市第六人民医院"),
    ("宁波市职业技术学院派出5名教师到布拖县支教。", "SCHOOL", "宁波市职业技术学院"),
    # a subsidiary named after "the wholly owned subsidiary" of its parent: no 穗华股份全资子公司
    ("穗华股份全资子公司毕节穗华农业发展有限公司在纳雍县投资建设基地。", "ENTERPRISE", "毕节穗华农业发展有限公司"),
    # 援 before the receiving hospital is no part of its name (a team's name keeps it: 东丽区援临潭工作组)
    ("4.陈晓东  南京市第一医院心内科主任医师，援商洛市中心医院专家", "HOSPITAL", "商洛市中心医院"),
    ("东丽区援临潭工作组组长王强表示，将继续做好帮扶。", "GOVERNMENT", "东丽区援临潭工作组"),
    # a group's company named with the group (广州酒家集团|利口福食品有限公司), a supermarket chain by its brand
    ("广州酒家集团利口福食品有限公司在织金县投资建设加工厂。", "ENTERPRISE", "广州酒家集团利口福食品有限公司"),
    ("永辉超市在福州开设西吉农特产品专柜。", "ENTERPRISE", "永辉超市"),
    # a listed company by its short name and 股份 (a word of its own, before a follower)
    ("安吉本土企业也伸出援手。永艺股份向青川县实验小学捐赠价值12万元的课桌椅300套。", "ENTERPRISE", "永艺股份"),
    # a set phrase ending with a function word (如今已是) and a time word (期间) open no name
    ("如今已是学军中学副校长的陈立峰说。", "SCHOOL", "学军中学"),
    ("医疗方面，援建期间上海交通大学医学院附属瑞金医院与都江堰市人民医院建立对口帮扶关系。", "HOSPITAL",
     "上海交通大学医学院附属瑞金医院"),
    # words read as a verb or a time word inside a school's name (应用, 现代)
    ("天津中德应用技术大学与临夏现代职业学院结成对口帮扶院校。", "SCHOOL", "天津中德应用技术大学"),
    ("天津中德应用技术大学与临夏现代职业学院结成对口帮扶院校。", "SCHOOL", "临夏现代职业学院"),
    # teams named after their task of rebuilding (对口援建, 援建)
    ("广东省对口援建汶川县前线指挥部总指挥王明说。", "GOVERNMENT", "广东省对口援建汶川县前线指挥部"),
    ("山东省援建北川前线指挥部设在新县城。", "GOVERNMENT", "山东省援建北川前线指挥部"),
    # going to study in a phrase the segmenter keeps whole (我想考|浙江大学)
    ("“我想考浙江大学，”阿依古丽说。", "SCHOOL", "浙江大学"),
    # a state media centre by another name, and one on the line after a headline closing with a count
    ("来源：嘉兴市新闻传媒中心", "GOVERNMENT", "嘉兴市新闻传媒中心"),
    ("仓山·隆德联席会议召开 现场签约项目18个\n隆德县融媒体中心　2024-04-12 21:06", "GOVERNMENT", "隆德县融媒体中心"),
    # 联合会 over the 侨联 cut out of it
    ("七年来，厦门市归国华侨联合会（厦门市侨联）充分发挥侨界优势。", "ORGANIZATION", "厦门市归国华侨联合会"),
    # the Youth League's committees are mass organisations, as 妇联 and 工会 are
    ("同年，共青团广州市委与共青团毕节市委签订结对共建协议。", "ORGANIZATION", "共青团广州市委"),
    ("广州市天河区团委联合广州市青年企业家协会捐赠助学金。", "ORGANIZATION", "广州市天河区团委"),
    # a friendship association of entrepreneurs (联谊会)
    ("朝阳区企业家联谊会、朝阳区慈善协会等社会组织向康保县捐款捐物近2000万元。", "ORGANIZATION", "朝阳区企业家联谊会"),
    # research institutes and cultural institutions are organisations (科学院 before the school's 学院)
    ("2022年3月，江苏省农业科学院向宕昌县派驻中药材专家3名。", "ORGANIZATION", "江苏省农业科学院"),
    ("湖州市农业科学研究院选派副研究员到青川县担任科技特派员。", "ORGANIZATION", "湖州市农业科学研究院"),
    ("北辰区文化馆与夏河县文化馆签订结对共建协议。", "ORGANIZATION", "夏河县文化馆"),
    ("去年底，金陵图书馆还向柞水县图书馆捐赠图书3万册。", "ORGANIZATION", "柞水县图书馆"),
    ("上海博物馆派出2名文物修复专家常驻日喀则市博物馆。", "ORGANIZATION", "日喀则市博物馆"),
    ("南开区红十字会向合作市捐赠价值45.6万元的救护车一辆。", "ORGANIZATION", "南开区红十字会"),
    ("今年以来，广州鸿翔食品有限公司在从江县投资1.2亿元建设香猪加工基地。", "ENTERPRISE", "广州鸿翔食品有限公司"),
    pytest.param("记者从合作市乡村振兴局了解到，项目已经开工。", "GOVERNMENT", "合作市乡村振兴局"),
    pytest.param("据朝阳区对口支援和合作交流办公室介绍，项目已经开工。", "GOVERNMENT", "朝阳区对口支援和合作交流办公室"),
    pytest.param("天津市南开医院与合作市人民医院签订结对帮扶协议。", "HOSPITAL", "合作市人民医院"),
    # verbs that company names hold (投资, 建设) when a company word follows them
    ("宁波港城投资控股集团有限公司向理塘县捐赠500万元。", "ENTERPRISE", "宁波港城投资控股集团有限公司"),
    ("会宁县城市建设投资有限公司负责项目建设。", "ENTERPRISE", "会宁县城市建设投资有限公司"),
    ("支持日喀则市建设宏达牦牛养殖专业合作社。", "ENTERPRISE", "宏达牦牛养殖专业合作社"),
    # a group of hospitals or schools is one institution of that kind
    ("番禺区中心医院集团选派5名医生到从江县人民医院开展帮扶。", "HOSPITAL", "番禺区中心医院集团"),
    ("杭州市学军中学教育集团与理塘县中学结对。", "SCHOOL", "杭州市学军中学教育集团"),
    # a bracketed 集团 and an industry word inside a company's name
    ("广州医药实业（集团）股份有限公司与从江县签约。", "ENTERPRISE", "广州医药实业（集团）股份有限公司"),
    ("其中北京金融街投资（集团）有限公司向诺敏镇捐赠冬季取暖物资价值120万元。", "ENTERPRISE", "北京金融街投资（集团）有限公司"),
    ("深圳华强电子科技股份有限公司向从江县捐赠50万元。", "ENTERPRISE", "深圳华强电子科技股份有限公司"),
    # courts are state bodies; a campus or a partner city in brackets belongs to the name
    ("江苏省高级人民法院与伊犁州中级人民法院签订对口支援协议。", "GOVERNMENT", "伊犁州中级人民法院"),
    ("哈尔滨工业大学（威海）与威宁县签订帮扶协议。", "SCHOOL", "哈尔滨工业大学（威海）"),
    ("深圳（汕尾）产业园投资开发有限公司已引进企业20家。", "ENTERPRISE", "深圳（汕尾）产业园投资开发有限公司"),
    ("务川自治县人民医院与遵义医科大学第五附属（珠海）医院签订帮扶协议。", "HOSPITAL", "遵义医科大学第五附属（珠海）医院"),
    # a function word the segmenter glued to the name's first word (向丹州|小学, 是育|红小学), a verb the
    # dictionary tags as a noun (交由)
    ("仪式上，育红小学向丹州小学捐赠图书3000册。", "SCHOOL", "丹州小学"),
    ("他们是育红小学语文教师王晓静、数学教师李俊。", "SCHOOL", "育红小学"),
    ("基地建成后将交由中南村毛南香猪养殖专业合作社统一运营。", "ENTERPRISE", "中南村毛南香猪养殖专业合作社"),
    ("经福州市委组织部批准，12名干部赴定西市挂职。", "GOVERNMENT", "福州市委组织部"),
    ("顾文杰挂职碧江区投资促进局副局长。", "GOVERNMENT", "碧江区投资促进局"),
    ("代表团先后来到马蹄沟镇设施农业示范园和子洲县中医医院实地察看。", "HOSPITAL", "子洲县中医医院"),
    ("东丽区向临潭县冶力关镇、八角镇、羊永镇分别拨付项目资金960万元、580万元、420万元，用于冶力关镇池沟村民宿提升、"
     "八角镇中药材种植基地和羊永镇牦牛养殖专业合作社建设。", "ENTERPRISE", "羊永镇牦牛养殖专业合作社"),
    # a joint verb that is also a place's short form (会同, 会同县) starts no name
    ("11月20日，县乡村振兴局会同临潭县财政局及时拨付资金。", "GOVERNMENT", "临潭县财政局"),
    ("成都临平商会会长朱海峰代表商会向尼呷镇捐赠生活物资。", "ORGANIZATION", "成都临平商会"),
    # a city's short form the segmenter cut (无|锡华|宏) at the start of a company's name
    ("无锡华宏农业科技有限公司在宜川县投资1.2亿元建设苹果深加工项目。", "ENTERPRISE", "无锡华宏农业科技有限公司"),
    ("2. 赵亚楠，宕昌县城关镇副镇长，挂职王哥庄街道办事处主任助理", "GOVERNMENT", "王哥庄街道办事处"),
    ("据六枝经济开发区管委会主任韦国强介绍，开发区专门开辟了绿色通道。", "GOVERNMENT", "六枝经济开发区管委会"),
    ("除“组团式”援藏外，今年以来北京积水潭医院还先后派出11名专家赴当雄县人民医院。", "HOSPITAL", "北京积水潭医院"),
    # a brand the segmenter splits into lone characters (福州|闽|都|农产品…)
    ("福州闽都农产品供应链有限公司是福州市消费帮扶重点企业。", "ENTERPRISE", "福州闽都农产品供应链有限公司"),
    ("这批路灯是中山市古镇镇的明辉灯饰有限公司捐的。", "ENTERPRISE", "明辉灯饰有限公司"),
    # a group of a team a place sends
    ("记者从松江区援滇干部威信工作小组获悉。", "GOVERNMENT", "松江区援滇干部威信工作小组"),
    ("广东省第十批援藏工作队察隅县小组组长王某介绍。", "GOVERNMENT", "广东省第十批援藏工作队察隅县小组"),
    # 和 before a county's short form (化隆县) ends a name; a school's name holding a place's short form (南开)
    ("代表团先后来到甘都镇阿河滩村养殖小区和化隆县人民医院。", "HOSPITAL", "化隆县人民医院"),
    ("天津市第二南开学校与合作市第一中学结对共建。", "SCHOOL", "天津市第二南开学校"),
    # a body's name opens with its place (or 中共 before it), not with the verb before
    ("湖里区认真落实福建省委、厦门市委工作要求。", "GOVERNMENT", "福建省委"),
    ("中共汉滨区委召开会议。", "GOVERNMENT", "中共汉滨区委"),
    ("在桅杆村股份经济合作联社的带动下，村民增收。", "ENTERPRISE", "桅杆村股份经济合作联社"),
    # an academy's institute is one name with the academy's; a national centre needs no place
    ("沈国强，上海市农业科学院林木果树研究所研究员，派驻荒地镇。", "ORGANIZATION", "上海市农业科学院林木果树研究所"),
    ("上海市农业科学院食用菌研究中心选派2名专家。", "ORGANIZATION", "上海市农业科学院食用菌研究中心"),
    ("国家菌草工程技术研究中心主任黄国栋说。", "ORGANIZATION", "国家菌草工程技术研究中心"),
    # a university's volunteer teaching team (its batch written inside)
    ("复旦大学第27届研究生支教团12名成员出发。", "ORGANIZATION", "复旦大学第27届研究生支教团"),
    # a village before 民房 (its houses), as before 民宿
    ("定日县长所乡森嘎村民房重建完成。", "REGION", "森嘎村"),
    # a village whose name holds a number and a classifier (三家子), not a count of villages
    ("密云区鼓楼街道向库伦镇三家子嘎查捐赠帮扶资金50万元。", "REGION", "三家子嘎查"),
    ("溪翁庄镇金叵罗村与库伦镇三家子嘎查村结对共建。", "REGION", "三家子嘎查村"),
    # a place's one-character form and 援 after the place open a foundation's name (京援, 沪援)
    ("上海沪援春晖教育基金会向泽普县第二中学捐赠图书。", "ORGANIZATION", "上海沪援春晖教育基金会"),
    # a 嘎查 named alone, unknown to the list, after a stop or a preposition (Mongolian names are no common words)
    ("南口镇羊台子村与沙日温都尔嘎查签订结对协议。", "REGION", "沙日温都尔嘎查"),
    ("项目年底投产。额尔敦宝力格嘎查牧民那顺说。", "REGION", "额尔敦宝力格嘎查"),
    # 结对 between two bodies' names joins them, no one name
    ("其中，江宁区人民检察院结对柞水县人民检察院，浦口区人民检察院结对山阳县人民检察院。", "GOVERNMENT", "柞水县人民检察院"),
    # a school's branch named by its place goes on over the school (as a hospital's 分院)
    ("宁波市鄞州区明湖实验学校布拖分校挂牌。", "SCHOOL", "宁波市鄞州区明湖实验学校布拖分校"),
    # the Youth League's committee of a city written short (团青岛市委): a mass organisation, no Party committee
    ("团青岛市委联合青岛海泓置业集团有限公司，为礼县山区儿童认领“微心愿”。", "ORGANIZATION", "团青岛市委"),
    # a foundation's branch named by its town goes on over the foundation (not a festival's 分会场)
    ("四是金山区慈善基金会枫泾分会为酒井乡中心小学的学生送来了校服。", "ORGANIZATION", "金山区慈善基金会枫泾分会"),
    # a tax bureau named with the national administration before its place
    ("4月16日，国家税务总局厦门市税务局副局长陈永泉带队赴甘肃临夏调研。", "GOVERNMENT", "国家税务总局厦门市税务局"),
    # a village's collective and a company joined by 和: two givers, one name
    ("今年9月，九星村村集体和上海星辉建材有限公司共同向箐口村捐赠20万元。", "ENTERPRISE", "上海星辉建材有限公司"),
    # a centre's branch named by its place goes on over the centre
    ("交易地点：陇南市公共资源交易中心宕昌分中心（宕昌县城关镇）。", "GOVERNMENT", "陇南市公共资源交易中心宕昌分中心"),
    # 建设 before 项目 in a company's name
    ("四、招标代理机构：宁夏恒泰建设项目管理有限公司", "ENTERPRISE", "宁夏恒泰建设项目管理有限公司"),
    # a state assets company whose name holds 投资 and 经营
    ("沙雅县国有资产投资经营有限责任公司负责运营。", "ENTERPRISE", "沙雅县国有资产投资经营有限责任公司"),
    # a word of example before a name is no part of it
    ("比如黄岛区仁和医院与西和县人民医院结对后，帮县医院建起了CT远程阅片中心。", "HOSPITAL", "黄岛区仁和医院"),
    # a county's animal husbandry station, a state service body
    ("闽侯县畜牧兽医站派出3名畜牧技术员驻点隆德县。", "GOVERNMENT", "闽侯县畜牧兽医站"),
    # a place's people's congress, as its 政协
    ("来源：松江区人大　　2025-09-26", "GOVERNMENT", "松江区人大"),
    # a body named for what it builds
    ("监督部门：赫章县住房和城乡建设局　电话：0857-3221506", "GOVERNMENT", "赫章县住房和城乡建设局"),
    ("赫章县城乡建设局负责监督。", "GOVERNMENT", "赫章县城乡建设局"),
    # a township's kind of cooperative named 专业合作社, or a village's, is one
    ("东丽区向乌玛塘乡牦牛养殖专业合作社捐赠10万元。", "ENTERPRISE", "乌玛塘乡牦牛养殖专业合作社"),
    ("东丽区向新街镇土锅寨村红米种植合作社捐赠10万元。", "ENTERPRISE", "新街镇土锅寨村红米种植合作社"),
)
# names inside names: the inner region or body is an entity too
INNER = (
    ("康乐县委书记马文斌表示，将继续深化鲁甘协作。", "GOVERNMENT", "康乐县委"),
    ("康乐县委书记马文斌表示，将继续深化鲁甘协作。", "REGION", "康乐县"),
    ("济南市第五人民医院选派16名医疗专家到康乐县人民医院开展帮扶。", "REGION", "济南市"),
    pytest.param("元阳县新街镇党委书记卢春华说，日子越过越红火。", "GOVERNMENT", "元阳县新街镇党委"),
)
# unnamed references: no organisation at all
UNNAMED = (
    # the border's many
    "这是她在这所边境小学度过的第二个学期，资金重点用于边境村卫生室标准化建设。",
    # pastoral areas' and villages' many
    "今年新建了3所牧区幼儿园和一批双语幼儿园。",
    # a kind of medical centre, and one to be built in a place (or the first of its kind in the prefecture)
    "两地将依托远程医疗中心开展会诊。",
    "先后派出23名专家坐诊带教，帮助建成全州首个心脏康复中心。",
    # the schools of a place's mountains, of the frontier
    "冬衣暖身 真情暖心——苏州吴中区爱心物资送到德江山区学校",
    "名校牵手边疆学校 徐汇红河教育协作跑出“加速度”",
    # a grade striven for; a cooperative someone says exists (有位…)
    "医院去年顺利通过二级甲等综合医院复审，目前正对标三级医院标准补短板。",
    "羊永镇有位种植合作社的理事长叫丁世贵，六十多岁了。",
    # trades listed before 等企业; every hospital of a level; the first of its kind; the frontier's schools
    "先后引进电梯部件、木地板、电机、童装等企业23家。",
    "推动远程会诊系统覆盖所有县级医院。",
    "今年9月，邦利村有史以来第一所幼儿园正式开园。",
    "龙岗支教老师在平孟：边关小学里的“深圳课堂”",
    # "a" company (一家), no count of a list
    "宝昌镇的苏和巴特尔在昌平一家物流企业做分拣主管。",
    # projects of companies, the items their names
    "仪式上，仙女山山泉水加工、高山蔬菜冷链物流等6个企业项目现场签约。",
    "下一步，沪果两地计划在达日县共建远程医疗中心，让牧民在家门口就能看病。",
    # the levels of a prefecture's own hospitals
    "全州投入资金1.2亿元，一批州县医院的重点专科由此起步。",
    # a trade of finance and the town against the country name no company
    "今年一场冰雹，保险公司赔了2.3万元，我们跟城里银行打交道也不再发怵。",
    # places closing a list before a count of companies: the places' companies
    "天津、兰州等地82家企业提供岗位3600余个。",
    # a count joined by 及 after a list is an item of its own, not the list's number
    "副区长周立群带领区合作交流办、区教育局及8家爱心企业负责人赴临潭县开展活动。",
    # the level below the place's, its many
    "新阳街道当场捐赠帮扶资金20万元，用于隆德县沙塘镇村卫生室标准化改造。",
    "佳荣镇那几个蜜柚合作社发展很好。",  # a pronoun after the place opens no brand
    "张家港市累计投入资金约1.26亿元，用于沿河县改善办学条件。",  # 办 of 办学 ends no name
    "安吉县投入资金约1120万元，用于青川县薄弱学校改造。",  # a class of schools
    "两家银行先后向金阳县派驻驻村第一书记和驻村工作队员17名。",  # a sending, no team's name
    "两地人社部门联合举办专场招聘会。",  # departments, not the ministry 人社部
    "下一步将冲刺三级医院，争创二甲医院。",  # a grade striven for
    "援藏干部帮我们建起了牦牛合作社，大家的腰包一年比一年鼓。",
    "6　易地搬迁安置点配套幼儿园　乐业县　1100",
    "当地医院和5所学校得到了帮扶。",
    "十堰市选派120名医生到北京市对口医院跟岗学习。",
    "项目带动村集体养殖合作社增收。",
    "雷波县组建县域医共体。",
    "在福建和宁夏两省区党委、政府的领导下，协作不断深化。",
    "该校与对口学校开展了同课异构活动。",
    "2001年起实施对口支援西部地区高等学校计划。",  # a class of schools in a macro area
    "下一步将推动更多东莞医院与昭通县级医院结对。",  # more of a city's hospitals; a city's county-level ones
    "县政府持有该公司部分股份。",  # shares, no company
    "该企业将乡村振兴纳入公司ESG战略。",  # "the company", after a verb
    "大型超市纷纷开设专柜。",  # supermarkets, none named
    "高一学生阿苏木呷说，她的理想是考到广东读大学。",  # going to study at a university, none named
    "专家们驻点指导，帮助该院创成二级甲等综合医院。",  # a grade reached
    "其中化学工程与生物工程学院教授沈建华挂职副校长。",  # a department named by its disciplines
    "津临协作育英才　高校医院齐发力",  # classes of institutions
    "两地医院签订了合作协议。",
    "闵行区3家企业向绿春县捐赠物资。",
    # a count after a verb is its object, not the close of a list (…广州开发区累计引导16家企业)
    "黄埔区、广州开发区累计引导16家企业到织金县投资兴业。",
    "患者不出县就能享受到内地三甲医院的诊疗服务。",
    "广河县选派38名教师到章丘区中小学交流学习。",
    "今年两地计划新建劳务工作站5个，力争全年转移就业。",
    # a place's schools, or its best ones (于田学校, 天津优质学校); a few of many (一大批学校)
    "推动更多天津优质学校与于田学校结对。",
    "实施援青项目1400余个，一大批学校、医院拔地而起。",
    # an industry word ending inside a word (畜牧业), a cooperative named by its trade only
    "在清洁能源、生态畜牧业、文化旅游等领域深化合作。",
    "帮助乡里成立了农机服务合作社。",
    # a cooperative named by its kind alone, or a county's or township's kind with the bare 合作社
    "支持日喀则市建设牦牛养殖合作社和冷链物流中心。",
    "村里还成立了白茶专业合作社，统一采摘标准。",
    "北京、江苏两省市共同帮扶当雄县牧民合作社发展奶制品加工。",
    "用于冶力关镇池沟村民宿提升和羊永镇牦牛养殖合作社建设。",
    "挂职期间，他牵线兰溪的食品企业与通江县陈河镇合作社签订了30吨干耳的收购协议。",
    # schools of the district (区内); a body named by a level alone (自治区), whatever place hides in its ending (振兴)
    "番禺区从区内优质学校选派7名骨干教师组成帮扶团队。",
    "挂职自治区乡村振兴局副局长林志远介绍。",
    "台州市召开东西部协作工作领导小组会议。",
    # a class of a place's institutions (县级医院, 区学校), a subsidiary
    "帮扶临夏州县级医院提升能力。",
    "双方推动惠安县学校与红寺堡区学校结对。",
    "公司在广安区设立全资子公司。",
)
# (sentence, name, type)
PEOPLE = (
    # a profile's paragraph after a name and a space: its first clause the posts; or sent by a place, a 挂职 post
    ("周雯　宁波大学附属人民医院妇产科主任医师，2023年8月作为鄞州区“组团式”医疗帮扶团队队长赴木里县人民医院工作，任副院长。"
     "她推动宁波大学附属人民医院与木里县人民医院签订对口帮扶协议，帮助建成县域危重孕产妇救治中心。", "周雯", "PERSON"),
    ("徐海波　2023年7月由鄞州区选派到四川省凉山彝族自治州木里藏族自治县挂职，任县委常委、副县长，分管东西部协作工作。"
     "他跑遍了全县的乡镇。", "徐海波", "OFFICIAL"),
    # a note on the post (（挂职）) between the post and 的 before the name; a name given with 叫; a name before 用一
    ("目前担任尖扎县委常委、副县长（挂职）的刘光辉，是华能青海发电有限公司选派的第四批援青干部。", "刘光辉", "OFFICIAL"),
    ("答：有个女孩叫吉克阿依，家在乌依乡阿布洛哈村。", "吉克阿依", "PERSON"),
    ("有一次义诊，一位叫杨光芬的老人腹痛了半个月。", "杨光芬", "PERSON"),
    ("9月1日，宁明中学的数学课上，支教教师余慧敏用一道题目开场。", "余慧敏", "PERSON"),
    # a village's former Party secretary (老支书); a name after who he is among them, then 是 and his post
    ("重温老支书文朝荣带领群众植树造林的故事。", "文朝荣", "OFFICIAL"),
    ("带队的梁志强是象贤中学副校长，到赫章后将担任赫章县实验中学执行校长。", "梁志强", "PERSON"),
    # a name before a word of address, whatever words it holds (周建国: 建国 a word), a transcribed one ending there
    ("爱心人士周建国先生向湟源县第一中学捐赠图书。", "周建国", "PERSON"),
    ("工作队走访了村民艾尔肯·吐尔逊大叔家。", "艾尔肯·吐尔逊", "PERSON"),
    ("由江宁区派驻的杨慧琳同志担任我校副校长。", "杨慧琳", "PERSON"),
    # police and court staff hold posts of state bodies; a lawyer's role is professional
    ("江宁分局选派刑警大队民警周文涛到洛南县公安局挂职。", "周文涛", "OFFICIAL"),
    ("商南县人民法院派出法官助理孙悦到溧水区人民法院跟岗学习。", "孙悦", "OFFICIAL"),
    ("江宁区司法局派出执业律师陈晓雯赴洛南县驻点。", "陈晓雯", "PERSON"),
    # 和 ends a given name when a verb follows it; 被 ends a name
    ("今年5月，东丽区委书记孟庆和率党政代表团到卓尼县考察。", "孟庆和", "OFFICIAL"),
    ("医生吴晓峰被任命为心血管内科主任。", "吴晓峰", "PERSON"),
    # a transliterated name between 的 and a professional role; an author whose note names a state post
    ("早上交班，科里的麦麦提江·吐尔逊医生已经看完了病人。", "麦麦提江·吐尔逊", "PERSON"),
    ("文/郑海峰（作者系青岛市城阳区派驻礼县挂职干部、礼县乡村振兴局副局长）", "郑海峰", "OFFICIAL"),
    # a transliterated name with its dot ends before an adverb or a time word
    ("村民买买提明·图尔荪正忙着采摘西红柿。", "买买提明·图尔荪", "PERSON"),
    ("质检员热依拉·吐尔逊去年从职业学校毕业后回到家乡。", "热依拉·吐尔逊", "PERSON"),
    # a profile's opening: name, sex, year of birth (official by a state post the line names)
    ("一、沈卫东，男，1981年5月生，中共党员，湖州市吴兴区发展和改革局副局长，挂职广元市朝天区发展和改革局副局长。", "沈卫东", "OFFICIAL"),
    ("二、姚丽萍，女，1986年11月生，长兴县人民医院妇产科副主任医师，援派苍溪县人民医院任妇产科主任。", "姚丽萍", "PERSON"),
    # a nursing department's deputy head is no official, though she holds a post there; people by who they are
    ("长兴县人民医院选派专家如下：\n护理部副主任吴丽萍，挂职护理部主任；", "吴丽萍", "PERSON"),
    ("来自西和县石堡镇的求职者杨小军在青岛润嘉食品有限公司展位前咨询了近20分钟。", "杨小军", "PERSON"),
    # described, then where she comes from
    ("在森禾家具做封边工的王春燕来自木鱼镇，她和丈夫去年一起来到安吉。", "王春燕", "PERSON"),
    # a post taken after the name makes an official of a company's employee; a post in a hospital does not
    ("选派鄞州支行客户经理吴思远到三河村担任驻村第一书记，任期两年。", "吴思远", "OFFICIAL"),
    ("重症医学科副主任医师梁颖挂职水城区人民医院重症医学科主任。", "梁颖", "PERSON"),
    # names letter-spaced after a post (padded two-character names, PDF spacing), the verb after them not taken
    ("城阳区选派挂职的陇西县委常委、副县长 刘 明 表示,下一步将加强合作。", "刘明", "OFFICIAL"),
    ("杭州市西湖区委副书记、区长 沈 卫 东,青川县委书记 何 建 平出席会议并讲话。", "何建平", "OFFICIAL"),
    ("该公司负责人陈 伟 说,西芹从田间到福州只要一天。", "陈伟", "PERSON"),
    # Tibetan names with no title or verb of speech; young people by who they are (撒拉族姑娘, 彝族女孩)
    ("班上的尼玛次仁因为家里缺劳力，退学了。", "尼玛次仁", "PERSON"),
    ("学生们送了我一大摞哈达。次旦卓玛塞给我一封信。", "次旦卓玛", "PERSON"),
    ("开学典礼上，撒拉族姑娘韩晓燕代表学生发言。", "韩晓燕", "PERSON"),
    ("彝族女孩吉克阿芝就是那时候的学生。", "吉克阿芝", "PERSON"),
    # Tibetan names of three syllables, Uyghur and Mongolian names of two parts written without a dot
    ("来自罗玛镇的患者旦增尼玛曲珠说：“在家门口就能做手术。”", "旦增尼玛曲珠", "PERSON"),
    ("墨玉县人民医院副院长阿不都外力说，北京专家到来后变化很大。", "阿不都外力", "PERSON"),
    ("牧民乌日根达来去年在这里接受了心脏手术。", "乌日根达来", "PERSON"),
    # a procuratorate's heads hold state posts
    ("浙江省杭州市余杭区人民检察院党组书记、检察长潘建华带队来到苍溪县人民检察院。", "潘建华", "OFFICIAL"),
    # a second name of the same post, a post in the next clause after it; a people's congress is no name 区人大
    ("黄岛区政协副主席刘雅琴、孙宏涛，区政协党组成员、秘书长邵立群陪同。", "孙宏涛", "OFFICIAL"),
    ("区人大常委会副主任林晓峰、钟丽萍，秘书长黄志坚参加。", "钟丽萍", "OFFICIAL"),
    # a democratic party's head (主委) who also holds a state post, its secretary-general who does not
    ("珠海市政协副主席、民盟珠海市委会主委梁慧敏率调研组一行15人赴遵义市。", "梁慧敏", "OFFICIAL"),
    ("深圳市鹏程建设集团有限公司董事长吴立新随团向那坡县百省乡中心小学捐赠图书。", "吴立新", "PERSON"),
    # students by their degree, bylines of the text's writer, a name before 曾, a transliterated name closing a credit
    ("北京大学联合培养的化学化工学院博士研究生王嘉宁分享了两年来的学习收获。", "王嘉宁", "PERSON"),
    ("（供稿：机电工程学院　文字：应晓璐　摄影：金一鸣）", "应晓璐", "PERSON"),
    ("机电工程学院教师钱浩然曾在美姑支教一年，他感慨很深。", "钱浩然", "PERSON"),
    ("图为会议现场（摄影：努尔比亚·阿不都）", "努尔比亚·阿不都", "PERSON"),
    # the posts of a court (its 党组, its 院长) are state posts; a hospital's 院长 is not
    ("江苏省南京市中级人民法院党组书记、院长周立新带队来商洛开展交流活动。", "周立新", "OFFICIAL"),
    # the old by who they are to the writer (奶奶, 爷爷)
    ("家访那天，奶奶吴桂英一直拉着我的手。", "吴桂英", "PERSON"),
    # colleagues named after their school's subject group and 的
    ("同来的还有数学组的冯晓梅、物理组的蒋立伟，都是第一次援藏。", "冯晓梅", "PERSON"),
    ("同来的还有数学组的冯晓梅、物理组的蒋立伟，都是第一次援藏。", "蒋立伟", "PERSON"),
    # a Bai family name (字)
    ("沙溪镇党委书记字建华介绍了古镇保护情况。", "字建华", "OFFICIAL"),
    # one opening a clause with where he comes from, then the post taken after a comma
    ("其中，许文博来自晋江市农业农村局，挂任红耀乡马场村第一书记。", "许文博", "OFFICIAL"),
    # a Party committee's or branch's secretary in a university, a hospital or a company holds a Party post
    ("宁夏大学党委书记陈国栋一行到福州大学考察交流。", "陈国栋", "OFFICIAL"),
    ("遵义市第一人民医院党委书记、院长吴红梅介绍了医院发展情况。", "吴红梅", "OFFICIAL"),
    ("青岛海达食品有限公司党支部书记、董事长孙海涛表示。", "孙海涛", "OFFICIAL"),
    ("商洛市中级人民法院党组书记、院长杨振宇，党组副书记、副院长孙海燕陪同调研。", "孙海燕", "OFFICIAL"),
    ("汉滨区人民医院党委书记、院长王强介绍了情况。", "王强", "OFFICIAL"),
    # a Uyghur woman's name alone before she speaks, after a quote
    ("“我想考浙江大学，”阿依古丽说，“我要当医生。”", "阿依古丽", "PERSON"),
    # "name,post" lines indented (a PDF's or a copied list's leading spaces)
    ("工作队成员：\n    王志强,东莞市驻昭通工作队领队,挂职昭通市委常委、副市长;\n", "王志强", "OFFICIAL"),
    # 一到任 after the name (no 孙立峰一), a byline role after 文/图 (no person 佛山日报记者)
    ("由北仑区选派到昭觉县挂职县委常委、副县长的孙立峰一到任，就带着农技人员跑遍了全县。", "孙立峰", "OFFICIAL"),
    ("大凉山里的“顺德老师”\n文/图 佛山日报记者 黄晓晴\n2019年9月10日", "黄晓晴", "PERSON"),
    # the post held then, 的, and the name going on with a verb of its own
    ("时任山东省援建北川前线指挥部指挥长的徐立华如今已退休回到济南。", "徐立华", "OFFICIAL"),
    ("时任前方指挥部总指挥的钱振宇带领首批援建干部进驻板房办公。", "钱振宇", "OFFICIAL"),
    # a Uyghur woman's name by its ending, after a word for who she is (not inside a dotted name)
    ("“现在一幅作品能卖到800元。”绣娘比比古丽说。", "比比古丽", "PERSON"),
    ("“有了稳定收入。”职工阿依古丽·买买提说。", "阿依古丽·买买提", "PERSON"),
    # Tibetan names of Amdo and Kham (更登达杰, 更尕才让, 降央多吉)
    ("州委副书记、州长更登达杰表示，苏青协作成效显著。", "更登达杰", "OFFICIAL"),
    ("刚察县牧民更尕才让做完心脏支架手术。", "更尕才让", "PERSON"),
    # the segmenter's given name of two before a follower (吴|东来|共同出席), not 吴东 coming
    ("并与毕节市委副书记、市长吴东来共同出席粤黔东西部协作联席会议。", "吴东来", "OFFICIAL"),
    # a verb's word opening on the fourth character (马|德福|坐在), no name of four
    ("陈志明与单家集村党支部书记马德福坐在一起，商量起村里冷库的事。", "马德福", "OFFICIAL"),
    # a verb of one character after a name of three (张启明|蹲|在地头), no name of four
    ("山东省农业科学院研究员张启明蹲在地头，和种植户马建国一起查看。", "张启明", "PERSON"),
    # a name the segmenter joins to its post's verb (孙浩挂|任), and the one who takes a post over (接替)
    ("其中刘振宇挂任宕昌县委常委、副县长，孙浩挂任宕昌县乡村振兴局副局长。", "孙浩", "OFFICIAL"),
    ("崂山区第二批挂职干部到岗，赵磊接替刘振宇挂任宕昌县委常委、副县长。", "赵磊", "OFFICIAL"),
    # a name and its post after a TV script's marker
    ("【同期声】顾晨 上海市松江区挂职干部、广南县委常委、副县长", "顾晨", "OFFICIAL"),
    # a camera operator in the credits
    ("记者：沈佳怡\n摄像：王磊\n编辑：朱文静", "王磊", "PERSON"),
    # a reply's address line to a people's congress deputy, to a CPPCC member
    ("周德明代表：\n您提出的《关于深化粤黔协作的建议》收悉，现答复如下。", "周德明", "OFFICIAL"),
    ("陈立军委员：\n您提出的提案收悉。", "陈立军", "OFFICIAL"),
    # a signature: the post, a space and a Mongolian name closing the line
    ("领导署名：旗委常委、副旗长 那日苏\n联系人：王颖", "那日苏", "OFFICIAL"),
    # 现 before the 挂职 post is no part of the name
    ("东城区选派的刘海涛现挂职察右后旗旗委常委、副旗长。", "刘海涛", "OFFICIAL"),
    ("东城区选派的刘海涛同志现挂职察右后旗旗委常委、副旗长。", "刘海涛", "OFFICIAL"),
    # a Mongolian name of two parts after a title
    ("察右前旗旗委副书记、旗长乌云其木格出席签约仪式。", "乌云其木格", "OFFICIAL"),
    # a transliterated name before a verb whose first character could end it (艾买提|出席, not 艾买|提出)
    ("第三师副师长、图木舒克市副市长吐尔洪·艾买提出席会议。", "吐尔洪·艾买提", "OFFICIAL"),
    # a verb of speech closing the sentence is no part of the name (the segmenter's 周宏说)
    ("“我们一定把项目建好。”西堤头镇镇长周宏说。", "周宏", "OFFICIAL"),
    # 担任 a post in a hospital's department: a professional's
    ("今年3月，心血管内科副主任医师黄志明来到荔波县人民医院，黄志明担任心内科执行主任。", "黄志明", "PERSON"),
    # the company that sent him does not make his post a professional's
    ("在新庄村，由中建八局西北公司派驻的第一书记马晓龙带领村民成立了合作社。", "马晓龙", "OFFICIAL"),
    # names listed after a sending verb with their number; a post after 如今; 时任 a post before 的 and the name;
    # 到X担任 a post
    ("西湖区教育局选派王建国、李秀英、张志强3名退休教师赴台江县支教。", "李秀英", "PERSON"),
    ("来自西湖区卫生健康局的陈海波，如今挂职台江县卫生健康局副局长。", "陈海波", "OFFICIAL"),
    ("杭州市选派时任市发展和改革委员会副主任的吴立强赴台江，担任工作组组长。", "吴立强", "OFFICIAL"),
    ("2022年3月，西湖区委组织部选派周文斌到红阳村担任驻村第一书记。", "周文斌", "OFFICIAL"),
    ("李海峰由黄岛区选派，现挂职安顺市副市长。", "李海峰", "OFFICIAL"),
    # the name opening the sentence with 是, its post after a comma (…干部，现任…)
    ("周海涛是长宁区选派到沧源县挂职的第三批援滇干部，现任沧源县委常委、副县长。", "周海涛", "OFFICIAL"),
    # a name before 到 and the body of its 挂职 post
    ("2023年，虎门镇选派陈志明到望谟县人力资源和社会保障局挂职副局长。", "陈志明", "OFFICIAL"),
    # a researcher named right after the institution he works in
    ("福建农林大学林国强研究员带领团队扎根闽宁镇。", "林国强", "PERSON"),
    ("在赫章县第一中学，班主任王丽娟正在批改作业。", "王丽娟", "PERSON"),
    # the post in the clause after 挂职 (…到望谟县挂职，任县委常委、副县长)
    ("2020年，鄞州区选派王立强到望谟县挂职，任县委常委、副县长。", "王立强", "OFFICIAL"),
    # a post before the name with 的, and a name whose post follows after a comma (，现任…)
    ("现任文山州委常委、副州长的周立峰，是嘉定区选派的援滇干部。", "周立峰", "OFFICIAL"),
    ("徐汇区选派到富宁县挂职的干部陈文斌，现任富宁县委常委、副县长。", "陈文斌", "OFFICIAL"),
    # 则 before a verb of speech after a three-character name, 于 before a date: no part of the name
    ("天津市合作交流办副主任吴立新则表示，将继续推动津甘协作。", "吴立新", "OFFICIAL"),
    ("甘肃德源农业有限公司由天津籍企业家孙启明于2016年创办。", "孙启明", "PERSON"),
    ("番禺区委书记陈国华率党政代表团赴从江县考察。", "陈国华", "OFFICIAL"),
    ("从江县委书记杨光明、县长石永康陪同考察。", "石永康", "OFFICIAL"),
    ("福州市委常委、副市长林志华带队到固原市调研。", "林志华", "OFFICIAL"),
    ("西吉县偏城乡卫生院院长马志刚说，群众看病方便多了。", "马志刚", "PERSON"),
    ("茗源公司派驻青川的技术总监钱卫国说：“沈县长隔三岔五就往车间跑。”", "钱卫国", "PERSON"),
    ("老同事周慧说，他黑了、瘦了，像个本地人了。", "周慧", "PERSON"),
    ("番禺区中心医院副主任医师何建新在从江县开展帮扶。", "何建新", "PERSON"),
    # a compound family name (欧阳, 司马) with a given name of two characters
    ("签约仪式上，佛山市副市长欧阳志坚，昭通市委常委、副市长杨光荣出席。", "欧阳志坚", "OFFICIAL"),
    # a county of two characters the dictionary knows as a rare noun, alone (理县)
    ("乐清市向理县捐赠价值30万元的物资。", "理县", "REGION"),
    # a township's name and 学校: one school (not the place's schools, as 于田学校 is)
    ("上海市闵行区浦锦学校与元阳县第一中学开展结对共建。", "上海市闵行区浦锦学校", "SCHOOL"),
    # a term before a school's place is no part of its name (本学期|花都区第二中学)
    ("本学期南山区第二中学派出4名骨干教师到田林县第三中学支教。", "南山区第二中学", "SCHOOL"),
    # a profile with the sex and birth in brackets after the name
    ("1.林志远（男，1984年9月生，中共党员），海沧区发展和改革局副局长，挂职临夏县委常委、副县长，考核等次：优秀。", "林志远", "OFFICIAL"),
    # a professional post held in a 挂任 before the name: a person
    ("医疗队队长、挂任那坡县人民医院副院长的梁志远是一名有着20年临床经验的心内科主任医师。", "梁志远", "PERSON"),
    # names listed before 分别 and their posts: each an official
    ("副组长周明豪挂任县委常委、副县长，成员许文涛、沈嘉怡分别挂任县发改委副主任、县教育局副局长。", "许文涛", "OFFICIAL"),
    ("副组长周明豪挂任县委常委、副县长，成员许文涛、沈嘉怡分别挂任县发改委副主任、县教育局副局长。", "沈嘉怡", "OFFICIAL"),
    # ...and names listed before their arrival (到岗, 报到) and 分别 their posts
    ("今年8月，宁波市第五批援普干部顾文斌、沈一帆到岗，分别挂职普安县委常委、副县长和普安县教育局副局长。", "顾文斌", "OFFICIAL"),
    ("今年8月，宁波市第五批援普干部顾文斌、沈一帆到岗，分别挂职普安县委常委、副县长和普安县教育局副局长。", "沈一帆", "OFFICIAL"),
    ("宁波市援普干部顾文斌到任，挂职普安县委常委、副县长。", "顾文斌", "OFFICIAL"),
    # ...and one of one, a verb of a post right after it that the segmenter cut (欧阳|立挂|任)
    ("其中工作组组长许志明挂任县委副书记，副组长欧阳立挂任县委常委、副县长。", "欧阳立", "OFFICIAL"),
    # a name before a leader's title inside a clause, cut out as one word by the segmenter
    ("全县上下深入贯彻落实习近平总书记关于东西部协作的重要指示精神。", "习近平", "OFFICIAL"),
    ("会议传达了王建国书记在调研时的讲话精神。", "王建国", "OFFICIAL"),
    # a cadre on a 挂职 post, named after 挂职干部; a reporter listed after 、 in a byline
    ("在巫溪县委常委、副县长，济南市第六批援巫挂职干部韩立新看来，协作贵在长久。", "韩立新", "OFFICIAL"),
    ("下面请看记者王晓雪、刘杰发回的报道。", "刘杰", "PERSON"),
    ("“收入稳定了。”职工艾尔肯·吐尔逊说。", "艾尔肯·吐尔逊", "PERSON"),
    ("“每月能挣3000多元。”正在车间赶工的吉克阿依笑着说。", "吉克阿依", "PERSON"),
    ("妻子陈芳一边帮他收拾行李，一边红了眼圈。", "陈芳", "PERSON"),
    ("“日子越过越好。”西双版纳州勐海县茶农岩罕说。", "岩罕", "PERSON"),
    # Tibetan names of four syllables before a verb of speech, of three in Amdo (才让措)
    ("“收入翻了一番。”牧民格桑旺堆说。", "格桑旺堆", "PERSON"),
    ("果洛州牧民才让措说，看病比以前方便多了。", "才让措", "PERSON"),
    # Amdo spellings, and two syllables with a third of one character
    ("牧民才让东知说，今年的牦牛奶收购价涨了。", "才让东知", "PERSON"),
    ("副县长格桑多布杰表示，项目已全部开工。", "格桑多布杰", "OFFICIAL"),
    ("丹寨县龙泉镇茶农王明芬激动地说，今年茶叶卖了好价钱。", "王明芬", "PERSON"),
    ("林海是鄞州区选派到丹寨县挂职的干部，现任丹寨县委常委、副县长。", "林海", "OFFICIAL"),
    ("丹寨县人社局选派干部王勇常驻宁波市，担任丹寨县驻宁波劳务工作站站长。", "王勇", "OFFICIAL"),
    pytest.param("余杭区选派3名干部到理塘县挂职，其中王海峰挂职理塘县委常委、副县长。", "王海峰", "OFFICIAL"),
    pytest.param("理塘县委书记扎西次仁说，帮扶让群众看到了希望。", "扎西次仁", "OFFICIAL"),
    ("上海市闵行中学校长周立新介绍了远程课堂的做法。", "周立新", "PERSON"),
    pytest.param("番禺区中心医院副主任医师何建新牵头在从江县人民医院建成了县域胸痛中心。", "何建新", "PERSON"),
    pytest.param("朝阳区委副书记、区长文华一行赴巴林左旗调研。", "文华", "OFFICIAL"),
    # a rare word the dictionary tags as a place, no place of the division list, is a name after a post
    ("庄浪县副县长马建国表示，协作成效明显。", "马建国", "OFFICIAL"),
    # the holder of a 挂职 post named after his home and 干部
    ("挂职会宁县委常委、副县长的和平区干部李刚说，会宁的小杂粮卖到了天津。", "李刚", "OFFICIAL"),
    ("麻醉科副主任医师王晓燕介绍，手术很成功。", "王晓燕", "PERSON"),
    # a name before its 挂职 post, names listed after 市领导, a Yi family name before 说
    ("宁波市发展改革委干部陈立新挂职延吉市副市长，分管协作工作。", "陈立新", "OFFICIAL"),
    ("市领导周晓梅、孙海涛参加会议。", "孙海涛", "OFFICIAL"),
    ("“日子越过越好。”来自美姑县的沙马拉毅说。", "沙马拉毅", "PERSON"),
    # a 挂职 post's holder after 的, a teacher in a 挂职 post, a name, 是 and a post
    ("挂职文山州委常委、副州长的张海峰说，协作成效明显。", "张海峰", "OFFICIAL"),
    ("浙江大学选派青年教师李浩然挂职景东县委常委、副县长。", "李浩然", "OFFICIAL"),
    ("王建国是历城区发展和改革局副局长，去年到巫溪县挂职。", "王建国", "OFFICIAL"),
    ("鼓楼医院选派的陈立诚医生在湟源县人民医院开展帮扶。", "陈立诚", "PERSON"),
    ("鹿城区选派干部周立伟到泸定县挂职副县长。", "周立伟", "OFFICIAL"),
    ("支教教师李雅婷所在的学校有学生800名。", "李雅婷", "PERSON"),
    ("济南市选派宋建华挂职湘西州委常委、副州长。", "宋建华", "OFFICIAL"),
    # the post in brackets after the name
    ("由王浩然（挂职西和县委常委、副县长）牵头，组建工作专班。", "王浩然", "OFFICIAL"),
    ("成员：刘建军（心血管内科主任医师）、郑晓燕（护理部副主任护师）", "郑晓燕", "PERSON"),
    ("领队：张振华，西青医院副院长，挂职环县卫生健康局副局长", "张振华", "OFFICIAL"),
    ("1. 潘晓峰，吴兴区发改局副局长，挂职利州区发改局副局长", "潘晓峰", "OFFICIAL"),
    ("2. 林海燕（女），宝山区教育局干部，挂职叶城县教育局副局长", "林海燕", "OFFICIAL"),
    ("联系人：李娜（医政医管股），电话：0934-4621035", "李娜", "PERSON"),
    ("“帮扶不是简单的输血。”周志强（上海市闵行区援滇干部，挂职任元阳县委常委、副县长）说。", "周志强", "OFFICIAL"),
    # a transliterated name ends before a verb of two characters (感谢), a person introduced by 来自…的
    ("于田县委副书记、县长艾尔肯·买买提感谢天津市的无私援助。", "艾尔肯·买买提", "OFFICIAL"),
    # a transcribed name ends before 家 and before a frequent verb
    ("霍城县清水河镇村民哈力木拉提·沙吾提家的老人成为首批入住的患者。", "哈力木拉提·沙吾提", "PERSON"),
    ("他带领科室为维吾尔族老人艾尔肯·吾守尔实施急诊手术。", "艾尔肯·吾守尔", "PERSON"),
    ("来自通渭县马营镇的李小军在公司干了三年。", "李小军", "PERSON"),
    # a 挂职 post that is a professional's; a workshop's 组长
    ("校长办公室里，挂职校长何伟强正和几个年级组长碰晨会。", "何伟强", "PERSON"),
    ("“现在回到家门口上班，收入不比在外面少。”车间组长吉克伍呷说。", "吉克伍呷", "PERSON"),
    # a given name the segmenter took for a word (王|光明, 刘|国庆); Yi names of a two-syllable family name
    ("说起这些路灯，村民王光明打开了话匣子。", "王光明", "PERSON"),
    ("济南市湖南商会与边城镇茶峒村结成帮扶对子，会长刘国庆多次带队到村走访。", "刘国庆", "PERSON"),
    ("手把手教本地医生阿苏拉则、海来木呷读心电图。", "海来木呷", "PERSON"),
    ("昭觉县卫生健康局局长俄木日火表示，余姚医生带来的不只是技术。", "俄木日火", "OFFICIAL"),
    # Amdo Tibetan names; a name before the post it took up (现任, 任, 挂任); a doctor leading a team
    ("夏河县委副书记、县长卓玛才措表示，夏河县将用好每一分帮扶资金。", "卓玛才措", "OFFICIAL"),
    ("金川县委书记杨建华，县委副书记、县长泽郎多吉，安吉县委副书记王某出席。", "泽郎多吉", "OFFICIAL"),
    ("廉江市选派的挂职干部吴志坚现任融水县委常委、副县长。", "吴志坚", "OFFICIAL"),
    ("其中锡山区选派的周毅挂任化隆县委常委、副县长。", "周毅", "OFFICIAL"),
    ("上海市选派援藏干部3名到定日县工作，其中张骏同志挂职定日县委常委、常务副县长。", "张骏", "OFFICIAL"),
    # a doctor who also takes up a 挂职 post in government is an official (同时 between the name and the post)
    ("无锡市人民医院选派心血管内科副主任医师沈立军等3名专家赴宜川县人民医院。其中，沈立军同时挂职宜川县卫生健康局副局长。",
     "沈立军", "OFFICIAL"),
    ("北京青海玉树指挥部党委书记、指挥高建军表示，第五批援青干部人才将聚焦产业。", "高建军", "OFFICIAL"),
    # the place the person goes to between the name and the 挂职 post
    ("2019年4月，闵行区选派吴志刚到元阳县挂职县委常委、副县长，分管沪滇协作工作。", "吴志刚", "OFFICIAL"),
    # 则 after a family name and a given name of one character each is the adverb (but 州长阿吉拉则说)
    ("大关县委副书记、县长彭云则表示，将持续用好沪滇协作资源。", "彭云", "OFFICIAL"),
    ("甘井子区选派挂职干部孙立新任六枝特区扶贫开发办公室副主任。", "孙立新", "OFFICIAL"),
    # a cadre (干部) is a state post's holder, and so are the cadres listed after him
    ("去年，夷陵区小溪塔街道选派干部胡晓雯到静安区南京西路街道跟岗三个月。", "胡晓雯", "OFFICIAL"),
    ("10月10日，广州市新选派的3名援疆干部李浩然、黄志强、梁晓婷到疏附县报到。", "梁晓婷", "OFFICIAL"),
    ("黄浦区选派的干部周屹现挂职澜沧县委常委、副县长。", "周屹", "OFFICIAL"),
    # names before a count of cadres (等3名干部), not of cadres and professionals (等7名干部人才)
    ("2024年4月，北京市选派李卓然、孟祥瑞等6名干部到巴东挂职，李卓然任巴东县委常委、副县长。", "孟祥瑞", "OFFICIAL"),
    ("2022年7月，中山市选派罗志强等7名干部人才到工布江达县开展对口支援。", "罗志强", "PERSON"),
    # 干部 after the post held is no post (总指挥 is): the name after 的 holds it
    ("时任前方指挥部总指挥的钱振宇带领首批援建干部进驻板房办公。", "钱振宇", "OFFICIAL"),
    # a given name the dictionary tags as a rare verb (陈|启明), a name before what is reported (通报)
    ("广州市委副书记、市长陈启明通报广州对口帮扶毕节工作情况。", "陈启明", "OFFICIAL"),
    ("当天，青岛市即墨区人民医院心血管内科主任孙启明通过远程会诊系统为患者会诊。", "孙启明", "PERSON"),
    # 则 between a name and its 挂职 post; a name of three before 刚 and a verb of one character; 患 ends a dotted name
    ("泰兴市卫健委的孙立平则挂职旬邑县卫健局副局长，负责医疗协作。", "孙立平", "OFFICIAL"),
    ("62岁的村民刘秀兰刚做完检查，报告还没打印出来。", "刘秀兰", "PERSON"),
    ("村民买买提·吐尔逊患高血压和糖尿病多年，以前每次复查都要去县城。", "买买提·吐尔逊", "PERSON"),
    # a section's chief (股长) holds a state post, and so does the head of a state body's station on a list's line
    ("李文斌　海原县农业农村局东西部协作股股长\n", "李文斌", "OFFICIAL"),
    ("7.韩军，崆峒区驻天津劳务工作站站长。全年跟踪服务在津务工人员2300余人。", "韩军", "OFFICIAL"),
    # a verb of the post held right after a name of two (许哲|挂任, not 许哲挂|任)
    ("庄市街道党工委委员、武装部长许哲挂任金阳县天地坝镇党委副书记。", "许哲", "OFFICIAL"),
    # a name of three ending in 刚 before what the hands or eyes do (杨志刚|看着); a volunteer team's head is no official
    ("朱店镇中心小学校长杨志刚看着刚拆封的实验箱说。", "杨志刚", "PERSON"),
    ("支教团团长刘思远是学校2023届本科毕业生，已获得推荐免试攻读本校硕士研究生资格。", "刘思远", "PERSON"),
    # a customs house's head holds a state post
    ("霍尔果斯海关党委书记、关长阿不都热合曼·买买提说：“援疆干部带来的新理念。”", "阿不都热合曼·买买提", "OFFICIAL"),
    # a company's quality supervisor, a tea maker
    ("2024年，金陵禾丰选派食品工程师周立强、质量主管唐慧2名骨干常驻柞水。", "唐慧", "PERSON"),
    ("茗龙茶业选派制茶师钱国民、植保技术员沈佳怡到村里。", "钱国民", "PERSON"),
    # Mongolian names of two parts (乌力吉木仁)
    ("旗委书记乌力吉木仁，旗委副书记、旗长孟繁荣出席。", "乌力吉木仁", "OFFICIAL"),
    # a season of one character is a given name, not a time word (韩冬|率, but 教师于|今年8月底)
    ("2024年5月，杭州市西湖区委书记韩冬率党政代表团赴恩施州考察东西部协作工作。", "韩冬", "OFFICIAL"),
    ("本批医疗队由市六医院选派的3名医生组成，骨科副主任医师王振宇任领队。", "王振宇", "PERSON"),
    # a profession in a state body is a person's; the one named after 、 before the count of those named
    ("番禺区选派广州市番禺区农业技术推广中心高级农艺师梁志坚、何少芬2名专家常驻织金县。", "梁志坚", "PERSON"),
    ("番禺区选派广州市番禺区农业技术推广中心高级农艺师梁志坚、何少芬2名专家常驻织金县。", "何少芬", "PERSON"),
    # who someone is before the name (职工, 居民, 徒弟, an institute's 所长), and what the hands do after it
    ("“这片高标准农田是嘉兴援建的。”职工李红梅指着田埂告诉记者。", "李红梅", "PERSON"),
    ("单家集村村民马秀兰拉着志愿者的手说：“年年都有福。”", "马秀兰", "PERSON"),
    ("泌尿外科副主任医师钱一鸣去年来到思南，带着徒弟田茂林开展了6项新技术。", "田茂林", "PERSON"),
    # Yi names of a family name of two and a given name of two (阿苦日呷, 曲木伍呷)
    ("初二（3）班学生阿苦日呷领到新羽绒服后开心地说：“今年好。”", "阿苦日呷", "PERSON"),
    ("布拖县委副书记曲木伍呷表示，将深化协作。", "曲木伍呷", "OFFICIAL"),
    ("所长顾卫国表示，研究所将把实验室作为服务平台。", "顾卫国", "PERSON"),
)
# (sentence, name, the post as written, the body it names or None)
POSTS = (
    ("在从江县委书记杨光明的陪同下，考察团参观了产业园。", "杨光明", "从江县委书记", "从江县委"),
    ("番禺区委书记陈国华、区人大常委会主任李志强出席签约仪式。", "李志强", "区人大常委会主任", None),
    ("项目得到了固原市委书记马宁和市长王东的支持。", "王东", "市长", None),
    ("项目得到了固原市委书记马宁和市长王东的支持。", "马宁", "固原市委书记", "固原市委"),
    ("挂职西吉县发改局副局长陈刚介绍了项目进展。", "陈刚", "挂职西吉县发改局副局长", "西吉县发改局"),
    # a bracket closed inside the post does not open it
    ("青川县委常委、副县长（挂职）、湖州市派驻青川工作组组长沈立群参加签约仪式。", "沈立群",
     "青川县委常委、副县长(挂职)、湖州市派驻青川工作组组长", "湖州市派驻青川工作组"),
    ("天津市和平区副区长张卫东带队赴会宁县调研。", "张卫东", "天津市和平区副区长", None),
    ("会上，马小龙副市长讲话。", "马小龙", "副市长", None),
)
BYLINES = (
    ("嘉定区与文山州深化沪滇协作。\n（文/王雪梅 图/李晓东）", {"王雪梅", "李晓东"}),
    ("记者 吴晓燕 通讯员 梁志强\n番禺区与从江县深化东西部协作。", {"吴晓燕", "梁志强"}),
    ("记者 王晓东 李娜 通讯员 陈建国\n番禺区与从江县深化东西部协作。", {"王晓东", "李娜", "陈建国"}),
    ("记者 乌云其其格 摄影 王楠摄\n兴安盟与顺义区深化东西部协作。", {"乌云其其格", "王楠"}),
    ("人民网成都11月20日电（记者 周明远、刘思琪）初冬时节，青川县的茶园一片翠绿。", {"周明远", "刘思琪"}),
    ("（记者 王晓东 实习生 苏航）岚皋县与溧阳市深化协作。", {"王晓东", "苏航"}),
    ("图为宜兴市人民医院与宜川县人民医院签订对口帮扶协议现场（记者 高远 摄）", {"高远"}),
    ("编辑：李冬梅\n通讯员丨马晓燕", {"马晓燕"}),
    ("珠江时报讯（记者/何嘉欣 通讯员/梁宇航）5月8日，南海区党政代表团赴榕江县考察。", {"何嘉欣", "梁宇航"}),
    # a photo's credit with no role before the names
    ("▲验收组在何坝镇草滩村查看光伏电站运行情况（马晓婷 摄）", {"马晓婷"}),
    ("两地签订协议（张华 李明/摄）", {"张华", "李明"}),
    # a unit signing first (宣传科, 教科室) is no person
    ("发布日期：2025-01-14　　作者：宣传科 顾佳琪　　阅读：2176", {"顾佳琪"}),
    ("两校师生共上一堂课。\n（图文：教科室 林雅婷）", {"林雅婷"}),
    ("本报记者 高远 刘晨曦\n上海市与云南省的沪滇协作已走过二十余年。", {"高远", "刘晨曦"}),
    ("本报讯（记者 拉毛吉 通讯员 陆佳琪）3月12日，上海市医疗援青专家抵达果洛州人民医院。", {"拉毛吉", "陆佳琪"}),
    ("本报讯（学生记者 刘思雨 指导教师 黄文静）11月8日，我校与赫章县第一中学签订结对协议。", {"刘思雨", "黄文静"}),
    # a notice's fields naming people after a colon, and a roster on the line after its head
    ("工期：210日历天\n项目经理：龙德军（注册证书编号：黔252）\n联系方式：吉克阿果　0834-8512231", {"龙德军", "吉克阿果"}),
    ("四、评标委员会成员\n陈国良、刘晓梅、张德富\n五、其他", {"陈国良", "刘晓梅", "张德富"}),
    # the text's and the pictures' credits by one character; a unit named in full before the name
    ("医院党政办\n文：黄嘉欣\n图：罗文涛\n审核：刘振宇", {"黄嘉欣", "罗文涛"}),
    ("5月20日\n\n文丨赵婧　图丨李想\n\n5月20日，两地签约。", {"赵婧", "李想"}),
    ("（供稿：海东市扶贫开发局 马晓燕）", {"马晓燕"}),
    # the writer signs (执笔), the checker (审核) is an editor's signature
    ("两地医院建立专科联盟。\n（执笔：王倩　审核：孙立峰）", {"王倩"}),
)
# regions that are not: macro areas, mountains, one-character abbreviations, the word 合作
NOT_REGIONS = (
    # a city's towns and streets (镇街) after its name: no township
    ("推动更多镇（街道）与东莞镇街结对。", {"东莞镇"}),
    # a 嘎查 after a pronoun, a determiner or a verb: no name
    ("去年北京的客商订了我们嘎查三千斤牛肉干。", {"我们嘎查"}),
    ("全旗各嘎查都建起了合作社。", {"全旗各嘎查"}),
    ("帮扶车间资产已移交嘎查股份经济合作社管理。", {"移交嘎查"}),
    ("牧民在嘎查活动室学习。", {"牧民在嘎查"}),
    # a district's streets and towns (街镇); a county named before, written short, before 乡镇 (广南|乡镇: no 南乡镇)
    ("静安区街镇与广南县乡镇结对帮扶签约仪式在广南举行。", {"街镇"}),
    ("广南县委副书记说，推动更多静安企业到广南乡镇“认亲”。", {"南乡镇"}),
    # a mountain's range holding a city's short name (天|山南|脉)
    ("阿合奇县地处天山南脉腹地。", {"山南", "山南市", "天山", "天山区"}),
    # places naming teas and crops (保靖黄金茶, 龙山百合): inside products, no mention of the place
    ("济南市结对帮扶湘西州泸溪县、古丈县、永顺县。保靖黄金茶、龙山百合成了不少济南家庭餐桌上的常客。",
     {"保靖", "保靖县", "龙山", "龙山县"}),
    # a body's name of two words joined (住房和城乡), a word 乡 closes (城乡); the capital's time zone
    ("监督部门：赫章县住房和城乡建设局　电话：0857-3221506", {"住房和城乡"}),
    ("赫章县住房城乡建设局负责监督。", {"住房城乡"}),
    ("获取时间：每天上午9:00至12:00（北京时间，法定节假日除外）。", {"北京", "北京市"}),
    ("兴仁镇累计向烧茶村投入帮扶资金50万元。", {"累计向烧茶村"}),
    ("几家爱心企业还共同帮扶了宣恩县万寨乡的两所村小。", {"的两所村", "两所村"}),
    # 中山医院 named again after 厦门大学附属中山医院: no 中山市
    ("厦门大学附属中山医院对口帮扶临夏州人民医院。中山医院派出专家5名到临夏州人民医院。", {"中山"}),
    ("推动老工业区转型升级。", {"老工业区"}),
    ("东部地区与西部地区加强交流合作。", {"合作市"}),
    ("鲁甘两地将持续深化协作。", {"山东省", "甘肃省"}),
    ("秦岭以南的汉江流域风景秀美。", {"秦岭", "汉江"}),
    ("河东区还组织东乡县企业参加展会。", {"还组织东乡"}),
    ("湖里区选派到东乡县挂职的干部介绍，湖里区安排东乡县财政援助资金8600万元。", {"选派到东乡", "安排东乡"}),
    ("深圳市先后选派3批共412名干部人才到河源市驻镇帮镇扶村。", {"驻镇帮镇"}),
    ("4月24日，青川县选派乡镇党委书记、县级部门负责人共20名干部赴安吉县开展培训。", {"选派乡", "选派乡镇"}),
    ("从钱塘江畔到怒江源头，一代代浙江援藏人把青春留在了高原。", {"怒江", "怒江傈僳族自治州"}),
    ("广州市餐饮行业协会向雍熙街道捐赠价值8.6万元的厨房设备，用于街道社区老年食堂建设。", {"街道社区"}),
    # (a village 美乡村 lies in 潮安区)
    ("潮州市潮安区推进和美乡村建设。", {"美乡村", "和美乡村"}),
    ("在广东扶贫济困日活动中，企业踊跃捐赠。", {"广东", "广东省"}),
    ("上海市对口支援重庆市万州区，资金重点用于柑橘产业提升和农村人居环境整治。", {"和农村"}),
    ("顺义区帮扶项目97个，覆盖科右前旗12个苏木镇。", {"苏木镇", "苏木乡"}),
    ("东丽区合作交流办向临潭县乡村振兴局拨付资金50万元。", {"合作", "合作市"}),
    ("医疗队将深入理塘县禾尼乡然日卡村、甲洼镇等偏远乡村开展巡回义诊。", {"等偏远乡村"}),
    # 和 joining a title and the county's bodies (和县 is a county of Anhui)
    ("江宁区挂职副县长和县卫健局局长一同前往山阳县人民医院调研。", {"和县"}),
    # a common word that is a city's short form, with only the city's prefecture named (合作市 of 甘南州)
    ("天津市与甘南藏族自治州开展东西部协作以来，文化旅游始终是两地合作的重点领域。", {"合作", "合作市"}),
    # a body's verb (会同, a word first) before "the county's" body (会同县 is a county of Hunan)
    ("县政府高度重视，责成县人社局会同县东西部协作办认真研办。", {"会同县"}),
    ("下一步将会同县财政局、县审计局加强项目全过程监管。", {"会同县"}),
    # 乡村振兴 after a township holds no village; a count before a zone is not its name
    ("新桥镇商会向文安驿镇捐赠乡村振兴帮扶资金30万元。", {"捐赠乡村"}),
    ("已有46家西海岸新区企业在宕昌投资兴业。", {"家西海岸新区"}),
    # an honour (全国文明村), no village 文明村
    ("江苏省张家港市与贵州省沿河县深化苏铜协作。在村级层面，全国文明村永联村与荷敖村签订了村村结对协议。", {"文明村"}),
    # a verb opening what follows a township (赴同乐镇|开展驻村服务): no village 开展驻村
    ("观澜街道先后派出9名社区工作者赴同乐镇开展驻村服务。", {"开展驻村"}),
    # a slogan closing with a county's name (兴县 of Shanxi)
    ("宝山区紧扣“文旅兴县”思路，推动江孜县文旅融合发展。", {"兴县"}),
    # kinds of village, a village's history hall, a community's factories, a village named after a village
    ("江都区与佳县结对。陈立峰分包高庄村示范村建设，这里曾是集体经济空壳的小山村，常熟市也来帮扶。", {"示范村", "小山村"}),
    ("上半年，萨嘎县边境小康村提升工程已完成主体工程；昌果乡传统村落保护项目同步推进。", {"边境小康村", "小康村", "传统村"}),
    ("元阳县牛角寨镇：④ 建设村史馆和游客接待中心。", {"建设村"}),
    ("唐山市与承德县结对，在承德县投资5200万元建设社区工厂6个。", {"建设社区"}),
    # a verb after a township opens no village of two characters either (维新镇|开展村镇结对)
    ("番禺区石楼镇大岭村与纳雍县维新镇开展村镇结对。", {"开展村"}),
    # the countryside after a county's short form (都安|农村), no village 安农村 of another county
    ("宝安区与广西都安瑶族自治县结对帮扶，全年帮助都安农村劳动力转移就业1.86万人。", {"安农村"}),
    # a city's short form that is an everyday word, with nothing near to place it (来宾: guests)
    ("签约仪式上，来宾们参观了扶贫车间。", {"来宾"}),
)


@pytest.mark.parametrize("text,form,qualified", SHORT_FORMS)
def test_entities_region_short_forms(extract, text, form, qualified):
    x = extract(text)
    ent = x.entity(form)
    assert ent is not None and ent.type == "REGION", x.names("REGION")
    assert ent.attrs.get("qualified") == qualified


# (sentence, the counties' short forms a list names, or none when its words are no places)
LISTED_COUNTIES = (
    # beside a county placed by its province, as names the dictionary knows (西吉 nr)
    ("福州市与宁夏海原、西吉、隆德三县结对帮扶。", {"宁夏回族自治区中卫市海原县", "宁夏回族自治区固原市西吉县",
                                               "宁夏回族自治区固原市隆德县"}),
    # with no place to anchor them: a count of counties closing the list, one province holding them all
    ("福州市与海原、西吉、隆德三县结对帮扶。", {"宁夏回族自治区中卫市海原县", "宁夏回族自治区固原市西吉县",
                                              "宁夏回族自治区固原市隆德县"}),
    # plain words (同心 n) beside a county, with no count: not taken
    ("福州市与宁夏海原县、西吉、同心和盐池结对帮扶。", {"宁夏回族自治区中卫市海原县", "宁夏回族自治区固原市西吉县"}),
)


@pytest.mark.parametrize("text,qualified", LISTED_COUNTIES)
def test_entities_region_short_forms_listed_beside_counties(extract, text, qualified):
    x = extract(text)
    quals = {e.attrs.get("qualified") for e in x.entities.values() if e.type == "REGION"
             and e.attrs.get("level") == "county"}
    assert quals == qualified


@pytest.mark.parametrize("text,name,qualified", AMBIGUOUS)
def test_entities_region_ambiguous_names_resolved_nearby(extract, text, name, qualified):
    x = extract(text)
    quals = {e.attrs.get("qualified") for e in x.entities.values() if e.type == "REGION" and e.name == name}
    assert quals == {qualified}


@pytest.mark.parametrize("text,form,qualified,city", (
    ("济南市中区与东乡县签订结对帮扶协议。", "济南市中区", "山东省济南市市中区", "济南市"),
    ("青岛市北区与定西市陇西县深化东西部协作。", "青岛市北区", "山东省青岛市市北区", "青岛市"),
))
def test_entities_region_city_sharing_its_last_character_with_a_district(extract, text, form, qualified, city):
    # the city's 市 opens its district's name (市中区, 市北区): the district, not the city
    x = extract(text)
    ent = x.entity(form)
    assert ent is not None and ent.attrs.get("qualified") == qualified, x.names("REGION")
    assert x.entity(city) is None


# (text, the form written, the place it is today) — articles of 1996–2013 name places since renamed or merged
FORMER_NAMES = (
    ("1998年，长乐市与隆德县结成对口帮扶关系。", "长乐市", "福建省福州市长乐区"),  # a county-level city, now a district
    ("深圳市鹏桂实业有限公司在宜州市建设茧丝绸加工厂。", "宜州市", "广西壮族自治区河池市宜州区"),  # (a stem ending in 州)
    ("其中，南汇区对口帮扶澜沧县，卢湾区对口帮扶景东县。", "南汇区", "上海市浦东新区"),  # merged in 2009
    ("其中，南汇区对口帮扶澜沧县，卢湾区对口帮扶景东县。", "卢湾区", "上海市黄浦区"),
    ("崇文区对口帮扶乌兰察布盟察哈尔右翼后旗。", "乌兰察布盟", "内蒙古自治区乌兰察布市"),  # a 盟 made a city
    ("思茅地区扶贫办组织实施了温饱试点村项目。", "思茅地区", "云南省普洱市"),  # a prefecture renamed
    ("2005年，威海市继续对口帮扶开县。", "开县", "重庆市开州区"),  # two characters, standing as a word
)


@pytest.mark.parametrize("text,form,qualified", FORMER_NAMES)
def test_entities_region_former_names(extract, text, form, qualified):
    ent = extract(text).entity(form)
    assert ent is not None and ent.type == "REGION" and ent.attrs.get("qualified") == qualified


@pytest.mark.parametrize("text,wrong", (
    ("村民说：“马书记是从大城市来的。”", "大城市"),  # a frequent word, not 大城县 written as a city
    ("会议召开县委常委会。", "开县"),
    ("他挂职任县委常委、副县长。", "任县"),
))
def test_entities_region_former_names_not_read_into_words(extract, text, wrong):
    x = extract(text)
    assert not any(wrong in e.name or any(wrong in a for a in e.aliases) for e in x.entities.values()), \
        [e.name for e in x.entities.values()]


def test_entities_dotted_names_opening_lines_of_an_honours_list(extract):
    x = extract("二、先进个人\n阿不都热合曼·买买提  奎依巴格镇党委书记\n热依拉·艾则孜（女）  泽普县人民医院护理部主任\n"
                "本文来源：新甘肃·甘肃日报记者 王文")
    assert "阿不都热合曼·买买提" in x.names("OFFICIAL")
    assert "热依拉·艾则孜" in x.names("PERSON")
    assert not any("日报" in n for n in x.names("PERSON"))  # a publication's name with a dot is no person


def test_entities_regiments_and_farms_named_alone_in_a_division_text(extract):
    x = extract("浙江省对口支援兵团第一师阿拉尔市。杭州市余杭区与十团、宁波市镇海区与十二团分别建立结对帮扶关系。"
                "芜湖市鸠江区结对帮扶皮山农场，合肥市包河区结对帮扶四十七团。大家抱成一团。")
    regions = x.names("REGION")
    assert {"十团", "十二团", "四十七团", "皮山农场"} <= regions
    assert "皮山县" not in {e.attrs.get("official_name") for e in x.entities.values()} and "一团" not in regions


def test_entities_no_name_opening_with_a_mission_or_after_a_count_of_people_without_them(extract):
    # a team's mission without its place (宁波市新一批|赴凉山州…工作队) and a count of people, no people after the name
    x = extract("宁波市新一批赴凉山州东西部协作帮扶工作队27名挂职干部陆续抵达西昌。")
    assert not [n for n in x.names("GOVERNMENT") if n.startswith("赴")]
    x = extract("学校先后派出3名青年教师赴春申实验中学跟岗。")
    assert not x.names("SCHOOL") - {"春申实验中学"}
    # nor a cooperative at the head of a state body's name
    assert not extract("贵州省供销合作社联合社派出干部。").names("ENTERPRISE")


def test_entities_township_listed_as_a_pairs_first_side_is_of_the_first_pairs_county(extract):
    # (龙岗区坂田街道与那坡县城厢镇、园山街道与龙合镇: 园山街道, unknown to the list, is 龙岗区's, not 那坡县's)
    x = extract("会上，龙岗区坂田街道与那坡县城厢镇、园山街道与龙合镇、平湖街道与平孟镇分别签订新一轮结对帮扶协议。")
    town = x.entity("园山街道")
    assert town is not None and "龙岗区" in town.attrs["qualified"], town and town.attrs


def test_entities_a_body_and_where_it_acts_name_no_hospital(extract):
    # the segmenter keeps 局在区 whole; the body is named, the hospital after 在 is not one name with it
    x = extract("当晚，西秀区卫生健康局在区人民医院举行简短的欢迎仪式。")
    assert x.names("GOVERNMENT") == {"西秀区卫生健康局"} and not x.names("HOSPITAL")
    # nor does a hospital's name reach back over a verb of helping to the place helping it
    x = extract("上城区帮扶鹤峰县人民医院建设胸痛中心，拱墅区援助来凤县人民医院购置设备。")
    assert x.names("HOSPITAL") == {"鹤峰县人民医院", "来凤县人民医院"}
    # a society named inside a hospital's name is no organisation of its own (the guide: only places and bodies)
    x = extract("团队随时可以连线仁济医院本部专家共同讨论。")  # (连线 a verb: no 连线仁济医院)
    assert x.names("HOSPITAL") == {"仁济医院"}
    x = extract("广州市红十字会医院派驻该院的骨科医生周建华正在查房。")
    assert "广州市红十字会医院" in x.names("HOSPITAL") and not x.names("ORGANIZATION")


def test_entities_corps_farms_by_name_and_their_companies(extract):
    # a regiment known by name in a text naming its division (written short: 十三师), and a company of it by number
    x = extract("从2012年起，洛阳市对口支援十三师红星一场。第六师奇台农场十八连职工马建华说，晋中市与北塔山牧场结对帮扶。")
    assert {"十三师", "红星一场", "奇台农场", "十八连", "北塔山牧场"} <= x.names("REGION")
    farm = next(e for e in x.entities.values() if e.name == "红星一场")
    company = next(e for e in x.entities.values() if e.name == "十八连")
    assert farm.attrs["qualified"].startswith("新疆生产建设兵团第十三师") and "奇台农场十八连" in company.attrs["qualified"]
    # no farm of the Corps where no division is named (红旗农场 is a name of many)
    assert "红旗农场" not in extract("代表团参观了红旗农场的大豆基地。").names("REGION")


def test_entities_officials_of_the_corps_and_credits_and_speakers(extract):
    x = extract("第一师阿拉尔市党委常委、副师长陈建东表示，项目进展顺利。文字：吴嘉欣　图片：李德明\n"
                "“今年省水了。”十团职工艾力·买买提笑着说。职工帕丽旦·艾合买提一边分拣一边说：“真好。”")
    assert "陈建东" in x.names("OFFICIAL")
    assert {"李德明", "艾力·买买提", "帕丽旦·艾合买提"} <= x.names("PERSON")
    assert not any("职工" in n for n in x.names("PERSON"))


def test_entities_body_also_named_without_its_outer_places(extract):
    x = extract("公司已于近日向宁夏回族自治区固原市隆德县沙塘镇人民政府捐赠200万元。")
    body = x.entity("宁夏回族自治区固原市隆德县沙塘镇人民政府")
    assert body is not None and {"隆德县沙塘镇人民政府", "沙塘镇人民政府"} <= body.aliases


@pytest.mark.parametrize("text,full,short", (
    ("福建鸿晋纺织科技股份有限公司发布公告。2021年，鸿晋科技在隆德县投资1.2亿元。", "福建鸿晋纺织科技股份有限公司", "鸿晋科技"),
    ("青岛瑞阳控股集团有限公司在礼县投资。瑞阳控股出资5100万元成立子公司。", "青岛瑞阳控股集团有限公司", "瑞阳控股"),
    # a brand that is also a county's short form (永兴县, 长丰县), and its first word
    ("江苏永兴针织服饰有限公司在张家港。2018年10月，永兴针织投资650万元建起分厂。", "江苏永兴针织服饰有限公司", "永兴针织"),
    ("福建长丰菌业有限公司来自福州。截至目前，长丰菌业已在隆德县投资6800万元。", "福建长丰菌业有限公司", "长丰菌业"),
    # a brand that is a place's short form with only the trade after it (钟山区, 钟山县)
    ("钟山证券股份有限公司与商南县结对。6月，钟山证券向商南县第二人民医院捐赠设备。", "钟山证券股份有限公司", "钟山证券"),
    # hospitals and schools by short names opening with their place
    ("上海市闵行区第二人民医院与元阳县人民医院结对。闵行二院向元阳县人民医院捐赠设备。", "上海市闵行区第二人民医院", "闵行二院"),
    ("礼县职业中等专业学校与企业签约。城阳区选派14名教师到礼县职专开展帮扶。", "礼县职业中等专业学校", "礼县职专"),
    # a branch named after its hospital, the hospital by its number, the branch by its place
    ("宁波市鄞州区第三人民医院普格分院挂牌。鄞州三院派出专家常驻普格分院。", "宁波市鄞州区第三人民医院", "鄞州三院"),
    ("宁波市鄞州区第三人民医院普格分院挂牌。鄞州三院派出专家常驻普格分院。", "宁波市鄞州区第三人民医院普格分院", "普格分院"),
    # a school by its number after its place written short, a preposition the segmenter joined to that place (向东|乡二中)
    ("东乡族自治县第二中学与济南市第一中学结对。济南鲁信教育装备有限公司向东乡二中捐赠价值约45万元的理化生实验室设备。",
     "东乡族自治县第二中学", "东乡二中"),
    # a university's affiliated hospital by its number (一附院), an institute by 所
    ("北京大学人民医院与石河子大学第一附属医院建立对口支援关系。北大人民医院共派出14名专家到石大一附院坐诊带教。",
     "石河子大学第一附属医院", "石大一附院"),
    ("科技帮扶任务主要由中国科学院亚热带农业生态研究所承担。目前，亚热带生态所在环江派驻科研人员31名。",
     "中国科学院亚热带农业生态研究所", "亚热带生态所"),
))
def test_entities_short_names_of_companies_hospitals_and_schools(extract, text, full, short):
    ent = extract(text).entity(full)
    assert ent is not None and short in ent.aliases


def test_entities_no_body_where_ban_is_a_verb(extract):
    x = extract("2019年，泉鸿鞋业投资300万元，在原隆村租下两栋闲置厂房办起车间。")
    assert not x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_company_word_in_announcements_names_no_company(extract):
    x = extract("本次会议符合《中华人民共和国公司法》的规定。具体内容详见公司于2024年3月29日披露的公告。"
                "今年以来，十余家A股上市公司披露了捐赠。")
    assert not x.names("ENTERPRISE"), x.names("ENTERPRISE")


def test_entities_a_hospital_new_campus_is_the_hospital(extract):
    x = extract("由东营市投入援疆资金约2.1亿元建设的疏勒县人民医院新院区，去年9月正式启用。")
    assert x.names("HOSPITAL") == {"疏勒县人民医院"}


def test_entities_township_stem_after_its_county_opens_a_name_and_hides_a_namesake(extract):
    # 特木里 of 布拖县's 特木里镇, not 木里县 (Sichuan) read inside it; and no township named by the stem alone
    x = extract("教师王静怡被安排到布拖县特木里中学任教。今年4月，特木里中学的5名青年教师到东湖中学跟岗学习。")
    school = x.entity("布拖县特木里中学")
    assert school is not None and "特木里中学" in school.aliases
    assert x.names("REGION") == {"布拖县"}


@pytest.mark.parametrize("text", ("记者：赵书记，这几年东西部协作给宕昌带来的最大变化是什么？", "许县长，您好！",
                                  # a title and coming to the institution spoken of (专家|来院坐诊)
                                  "一年来，新北区人民医院先后派出3批次共14名专家来院坐诊、带教，开展手术312台次。"))
def test_entities_family_name_and_post_address_no_person(extract, text):
    assert not extract(text).names("PERSON")


def test_entities_township_under_a_newer_name_before_its_village(extract):
    # the list knows 将台乡 (its 保林村); the text writes it as it is called now, the name the gazetteer gives it
    # (kg/data/division_changes.toml)
    x = extract("福清市与西吉县结对。福建融丰食品有限公司与将台堡镇保林村签约，捐赠100万元。")
    ent = x.entity("将台堡镇")
    assert ent is not None and ent.attrs.get("qualified") == "宁夏回族自治区固原市西吉县将台堡镇"
    # the old name names it too
    ent = extract("福清市与西吉县结对。2015年，福建融丰食品有限公司向将台乡捐赠50万元。").entity("将台乡")
    assert ent is not None and ent.key == "region:640422000000/将台堡镇", ent


@pytest.mark.parametrize("text,typ,name", (
    ("福州市鼓楼区慈善总会向泾源县儿童福利院捐赠冬季衣物。", "ORGANIZATION", "泾源县儿童福利院"),
    ("鼓楼区援建的泾源县中心敬老院投入使用。", "ORGANIZATION", "泾源县中心敬老院"),
    ("首批4名社工由鄞州区阳光社会工作服务社派驻昭觉县。", "ORGANIZATION", "鄞州区阳光社会工作服务社"),
    ("深圳市鹏程康复医院与乐业县残疾人康复中心建立对口帮扶关系。", "HOSPITAL", "乐业县残疾人康复中心"),
    ("深百协作丨深圳市残联向百色市残联捐赠康复辅具。", "ORGANIZATION", "深圳市残联"),  # (丨 parts a title's words)
))
def test_entities_welfare_institutions_and_rehabilitation_centres(extract, text, typ, name):
    assert name in extract(text).names(typ)


def test_entities_agencies_and_a_body_sent_to(extract):
    x = extract("广州海关与贵阳海关建立系统内对口帮扶关系。广州市司法局派驻毕节市司法局的挂职干部何志明牵头编制了方案。"
                "宕昌县哈达铺镇市场监管所和陇南市食品检验检测中心参加。山东省派驻重庆市协作工作组组长说。")
    assert {"广州海关", "贵阳海关", "广州市司法局", "毕节市司法局", "宕昌县哈达铺镇市场监管所", "陇南市食品检验检测中心",
            "山东省派驻重庆市协作工作组"} <= x.names("GOVERNMENT")
    assert "广州市司法局派驻毕节市司法局" not in x.names("GOVERNMENT")


def test_entities_a_hospital_department_named_by_its_kind_is_no_hospital(extract):
    assert not extract("资金投入320万元，帮助石柱县中医院建成中医康复中心。").names("HOSPITAL") - {"石柱县中医院"}


def test_entities_people_each_with_a_note_listed_after_a_colon(extract):
    x = extract("泾源县第二中学：林秀琴（语文）、陈国栋（物理）、黄丽华（英语）")
    assert {"林秀琴", "陈国栋", "黄丽华"} <= x.names("PERSON"), x.names("PERSON")


def test_entities_people_of_a_unit_listed_after_its_name(extract):
    x = extract("进修名单如下：\n心血管内科：陈敏、杨光友\n护理部：李娅、安琴\n")
    assert {"陈敏", "杨光友", "李娅", "安琴"} <= x.names("PERSON"), x.names("PERSON")


def test_entities_people_in_a_roster_after_a_colon(extract):
    x = extract("五、评审专家名单：何建国、杨丽萍、赵永明、蒲晓东（采购人代表）")
    assert {"何建国", "杨丽萍", "赵永明", "蒲晓东"} <= x.names("PERSON")


def test_entities_given_name_the_dictionary_holds_as_a_rare_adverb(extract):
    x = extract("莎车县教育局副局长周立新全程参与了论证。")  # 立新 d, rare
    assert "周立新" in x.names("OFFICIAL")


@pytest.mark.parametrize("text,typ,name", (
    ("信息来源：莎车县公共资源交易中心", "GOVERNMENT", "莎车县公共资源交易中心"),
    ("现任西湖区农业技术推广中心副主任。", "GOVERNMENT", "西湖区农业技术推广中心"),
    ("项目建成后由荆竹村股份经济合作联合社负责运营。", "ENTERPRISE", "荆竹村股份经济合作联合社"),
))
def test_entities_state_service_bodies_and_collectives(extract, text, typ, name):
    assert name in extract(text).names(typ)


def test_entities_region_ambiguous_name_without_context_is_not_guessed(extract):
    x = extract("鼓楼区召开东西部协作推进会。")
    quals = {e.attrs.get("qualified") for e in x.entities.values() if e.name == "鼓楼区"}
    assert not quals & {"福建省福州市鼓楼区", "江苏省南京市鼓楼区", "江苏省徐州市鼓楼区", "河南省开封市鼓楼区"}


def test_entities_region_zone_with_city(extract):
    x = extract("深圳宏远电子集团在喀什经济开发区投资12亿元建设电子产品产业园。")
    ent = x.entity("喀什经济开发区")
    assert ent is not None and ent.type == "REGION"
    assert ent.attrs.get("level") == "zone"


@pytest.mark.parametrize("text,name,wrong", (
    # a special cooperation zone; 合作 (of 合作市) is a common word, not the zone's city
    ("4.加快深汕特别合作区建设，深化产业共建和园区合作。", "深汕特别合作区", {"加快深汕特别合作区", "合作区", "合作市"}),
    ("苏州工业园区与宿迁市合作共建苏宿工业园区。", "苏宿工业园区", {"合作共建苏宿工业园区", "共建苏宿工业园区"}),
))
def test_entities_region_zone_name_opens_with_no_verb(extract, text, name, wrong):
    regions = extract(text).names("REGION")
    assert name in regions and not wrong & regions


@pytest.mark.parametrize("text,typ,name", ORG_NAMES)
def test_entities_organisation_names_extended_leftwards(extract, text, typ, name):
    assert name in extract(text).names(typ)


def test_entities_a_volunteer_team_named_by_no_school_is_no_organisation(extract):
    x = extract("全国首批研究生支教团成立于1999年。华东师范大学派出的第24届研究生支教团6名队员在元阳县第一中学支教。")
    assert not x.names("ORGANIZATION")


def test_entities_a_centre_named_by_its_discipline_is_no_organisation(extract):
    x = extract("支持林芝市人民医院新建感染性疾病科大楼和高原医学研究中心。")
    assert x.names("HOSPITAL") == {"林芝市人民医院"} and not x.names("ORGANIZATION")


def test_entities_joint_consultation_is_no_federation(extract):
    # 联合会诊 is a joint consultation, no 联合会
    assert not extract("在宜川期间，医疗队还将与延安大学附属医院开展疑难病例联合会诊。").names("ORGANIZATION")


def test_entities_central_bank_is_no_company(extract):
    assert not extract("中国人民银行西宁中心支行开展金融帮扶。").names("ENTERPRISE")


def test_entities_village_after_unlisted_township_is_that_townships(extract):
    # the division list has a 茶山村 in 巫溪县 under 中岗乡 and no 红池坝镇: the text's order wins
    x = extract("南开区向巫溪县红池坝镇茶山村捐赠10万元。")
    assert x.entity("茶山村").attrs.get("qualified", "").endswith("巫溪县红池坝镇茶山村")
    assert x.relation("funds", "南开区", "茶山村") is not None, x.facts("funds")


def test_entities_village_after_township_beats_namesakes_elsewhere(extract):
    # the division list's 毛沟村 are in Shandong, Henan and Shaanxi; this one is 将台堡镇's
    x = extract("厦门市选派干部林志远到西吉县将台堡镇毛沟村担任驻村第一书记。")
    assert x.entity("毛沟村").attrs.get("qualified", "").endswith("将台堡镇毛沟村")


def test_entities_township_after_county_beats_namesakes_named_nowhere_near(extract):
    # the division list's 茶店镇 are in Henan, Sichuan and Shaanxi, none in 郧阳区: the text's county wins
    x = extract("东城区东华门街道与郧阳区茶店镇结对共建。")
    assert x.entity("茶店镇").attrs.get("qualified", "").endswith("郧阳区茶店镇")
    assert x.facts("pairs_with") == {("东华门街道", "茶店镇")}


def test_entities_village_named_again_alone_is_the_one_placed_before(extract):
    x = extract("厦门市选派干部林志远到西吉县将台堡镇毛沟村担任第一书记。2022年，鹭丰集团向毛沟村捐赠冷库设备一套，价值52万元。")
    assert x.relation("funds", "鹭丰集团", "毛沟村") is not None, x.facts("funds")


def test_entities_post_lines_name_then_space_then_post(extract):
    x = extract("王海涛　挂职临夏州人民政府副秘书长\n林晓燕　挂职积石山县委常委、副县长")
    assert {n: x.entity(n).attrs.get("title") for n in ("王海涛", "林晓燕")} == {
        "王海涛": "挂职临夏州人民政府副秘书长", "林晓燕": "挂职积石山县委常委、副县长"}


def test_entities_renamed_place_keeps_the_form_written(extract):
    # 水城县 is 水城区 since 2020: the node is the district, the text's 水城县 one of its names
    ent = extract("甘井子区与水城县结对帮扶以来，成效明显。").entity("水城县")
    assert ent is not None and ent.type == "REGION"


def test_entities_group_is_not_also_its_head_institution(extract):
    x = extract("番禺区中心医院集团选派5名医生到从江县人民医院开展帮扶。")
    assert x.names("HOSPITAL") == {"番禺区中心医院集团", "从江县人民医院"}


def test_entities_ending_joined_by_the_segmenter_to_a_verb_of_sending(extract):
    # (卫健|委派|出, 实验|小|学派|来: the ending's last character in the segmenter's word with the verb)
    x = extract("其中，河西区卫健委派出的王立新挂职庄浪县卫健局副局长。")
    assert "河西区卫健委" in x.names("GOVERNMENT"), x.names("GOVERNMENT")
    x = extract("天津市南开区实验小学派来的3名教师到于田县支教。")
    assert "天津市南开区实验小学" in x.names("SCHOOL"), x.names("SCHOOL")


def test_entities_departments_listed_before_a_count_are_no_names(extract):
    # (麻|醉科 reads as a name alone; listed after 消化科、 it is a department like them)
    x = extract("先后派出心内科、消化科、麻醉科等14名专家到德钦县人民医院。")
    assert not x.names("PERSON"), x.names("PERSON")
    assert extract("选派黄志强、刘慧敏等3名医生到德钦县人民医院。").names("PERSON") == {"黄志强", "刘慧敏"}


def test_entities_aid_before_a_places_institution_is_no_part_of_its_name(extract):
    x = extract("第五批天津援疆和田师范专科学校工作队完成轮换，天津市选派18名教师。")
    assert not any("援疆" in n for n in x.names("SCHOOL")), x.names("SCHOOL")


def test_entities_organisation_stops_at_words_outside_the_name(extract):
    x = extract("西安航天基地辖区企业正衡集团冠名援建汉滨区晏坝镇九年制学校。")
    assert x.names("ENTERPRISE") == {"正衡集团"}


@pytest.mark.parametrize("text,typ,name", INNER)
def test_entities_names_inside_names(extract, text, typ, name):
    assert name in extract(text).names(typ)


def test_entities_no_organisation_cut_out_of_a_longer_one(extract):
    x = extract("七年来，厦门市归国华侨联合会（厦门市侨联）充分发挥侨界优势。")
    assert "厦门市归国华侨联" not in x.names("ORGANIZATION"), x.names("ORGANIZATION")
    x = extract("苏州、铜仁两市建立对口帮扶关系以来，两市妇联坚持姐妹结对。")  # the two cities' federations, unnamed
    assert not x.names("ORGANIZATION"), x.names("ORGANIZATION")


def test_entities_a_state_bodys_branch_is_one_name_with_the_body(extract):
    x = extract("宁波市公安局镇海分局向金阳县公安局捐赠警用装备。")  # no township 公安局镇 in the name
    assert "宁波市公安局镇海分局" in x.names("GOVERNMENT") and "公安局镇" not in x.names("REGION"), x.names("REGION")
    x = extract("2022年3月，湖州市公安局南浔分局与广安市公安局广安区分局签订警务协作结对协议。")
    assert {"湖州市公安局南浔分局", "广安市公安局广安区分局"} <= x.names("GOVERNMENT"), x.names("GOVERNMENT")
    assert "广安区分局" not in x.names("GOVERNMENT")
    assert x.relation("pairs_with", "湖州市公安局南浔分局", "广安市公安局广安区分局") is not None


def test_entities_a_tax_bureaus_service_hall_is_no_office_named_办(extract):
    x = extract("他走进国家税务总局会宁县税务局办税服务厅。")
    assert "国家税务总局会宁县税务局办" not in x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_a_provinces_courts_together_are_no_body(extract):
    x = extract("十四年来，天津法院把司法援疆作为一项重要政治任务。南浔法院与广安区人民法院结对。")
    assert "天津法院" not in x.names("GOVERNMENT") and "南浔法院" in x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_a_groups_company_named_after_所属_or_子公司(extract):
    x = extract("集团所属上海浦江城建置业有限公司在泽普县投资2.3亿元建设城北安置小区。集团子公司上海浦江城建设计研究院"
                "为广南县编制规划。")
    assert "上海浦江城建置业有限公司" in x.names("ENTERPRISE"), x.names("ENTERPRISE")
    assert not any(n.startswith("集团") for t in ("ENTERPRISE", "ORGANIZATION") for n in x.names(t))
    assert x.relation("funds", "上海浦江城建置业有限公司", "泽普县") is not None


def test_entities_no_company_named_the_subsidiary_of_another(extract):
    x = extract("穗华股份全资子公司毕节穗华农业发展有限公司在纳雍县投资建设基地。")
    assert not any(n.endswith("子公司") for n in x.names("ENTERPRISE")), x.names("ENTERPRISE")


def test_entities_school_name_before_its_campus():
    from kg.extract import extract_article
    from kg.model import Article
    doc = extract_article(Article(doc_id="d", text="临夏州60名中学生走进南开大学校园。", source="x"))
    assert {e.name for e in doc.entities.values() if e.type == "SCHOOL"} == {"南开大学"}  # 南开大学|校园, no 南开大学校


@pytest.mark.parametrize("text", UNNAMED)
def test_entities_unnamed_references_give_nothing(extract, text):
    x = extract(text)
    assert not [e for e in x.entities.values() if e.type in ("HOSPITAL", "SCHOOL", "ENTERPRISE", "GOVERNMENT")]


@pytest.mark.parametrize("text,name,typ", PEOPLE)
def test_entities_people_official_or_person_by_title(extract, text, name, typ):
    x = extract(text)
    ent = x.entity(name)
    assert ent is not None, {e.name for e in x.entities.values() if e.type in ("OFFICIAL", "PERSON")}
    assert ent.type == typ
    assert name not in (ent.attrs.get("title") or ""), ent.attrs  # the post, not the name


@pytest.mark.parametrize("text,name,title,body", POSTS)
def test_entities_post_as_written_and_its_body(extract, text, name, title, body):
    x = extract(text)
    ent = x.entity(name)
    assert ent is not None and ent.type == "OFFICIAL"
    assert ent.attrs.get("title") == title
    assert (x.entities[ent.attrs["body"]].name if ent.attrs.get("body") else None) == body


def test_entities_no_official_from_a_department(extract):
    assert not extract("麻醉科副主任医师王晓燕介绍，手术很成功。").names("OFFICIAL")
    assert extract("梁家豪　白云区人民医院麻醉科主治医师，派驻威宁县人民医院任麻醉科副主任").names("OFFICIAL") == {"梁家豪"}
    assert not extract("专家组成员：马丽华（康复科副主任医师）、周建国（中医内科主治医师）。").names("OFFICIAL")


@pytest.mark.parametrize("text,names", BYLINES)
def test_entities_bylines_give_persons(extract, text, names):
    x = extract(text)
    assert names <= x.names("PERSON")
    assert not x.names("OFFICIAL")


def test_entities_byline_name_with_inner_space(extract):
    x = extract("记者 徐丽萍 陈 涛\n杭州市与甘孜州深化东西部协作。")
    assert {"徐丽萍", "陈涛"} <= {n.replace(" ", "") for n in x.names("PERSON")}


def test_entities_no_person_from_plain_words(extract):
    x = extract("她已经和同组老师商量好，开学第一周先把学生分组。")  # a verb and its result (商量|好)
    assert not x.names("PERSON") and not x.names("OFFICIAL")
    x = extract("深圳市人民医院对口支援喀什地区第一人民医院，派出医疗专家32名常驻喀什地区第一人民医院。")
    assert not x.names("PERSON") and not x.names("OFFICIAL")
    x = extract("番禺区先后选派两批共26名教师进驻赫章一中，其中第二批14名教师于今年8月底到岗。")
    assert not x.names("PERSON") and not x.names("OFFICIAL")
    x = extract("“学校每年都有上海的老师来支教，带来了新的教学理念。")  # 来 + a plain word: coming to do it
    assert not x.names("PERSON") and not x.names("OFFICIAL")
    x = extract("“昆山的专家来了又走，但他们留下的流程都留在了碧江。")  # a particle inside: no given name
    assert not x.names("PERSON") and not x.names("OFFICIAL")
    # 干部 in running text: no name after it or before it
    for text in ("全县干部群众往来频繁，两地社区干部常态化互访交流。", "实行“一名干部包联一个项目”机制，党员干部包村联户。",
                 "组织南疆干部赴苏州培训，乡镇干部和村“两委”成员到拱墅区跟班。", "但村级干部力量仍然不足。"):
        x = extract(text)
        assert not x.names("PERSON") and not x.names("OFFICIAL"), (text, x.names("OFFICIAL"))
    x = extract("2024年7月，黄浦区选派周立群等3名干部到万州区挂职，周立群任区委常委、副区长。")  # 周立|群任 cut
    assert x.names("OFFICIAL") == {"周立群"} and not x.names("PERSON"), x.names("OFFICIAL")
    x = extract("屏边荔枝、哈尼古树茶整齐陈列，不少市民边试吃边扫码下单。")  # while … while, a given name of two between
    assert not x.names("PERSON") and not x.names("OFFICIAL"), x.names("PERSON")
    x = extract("北京市农业农村局选派的5名农技专家常年扎在田间地头。")  # a frequent adverb opens no name
    assert not x.names("PERSON") and not x.names("OFFICIAL"), x.names("PERSON")
    x = extract("妻子陆敏往他的行李箱里塞了两罐安吉白茶。")  # 往 ends a name
    assert x.names("PERSON") == {"陆敏"}
    x = extract("车间主任阿依古丽·买买提告诉记者，厂房是上海援建的。")  # a plain word before a title is no name
    assert x.names("PERSON") == {"阿依古丽·买买提"} and not x.names("OFFICIAL")
    x = extract("从一所学校、一家医院到一条产业链，各族群众都看在眼里、记在心里。")  # 都, the adverb: no family name
    assert not x.names("OFFICIAL") and not x.names("PERSON")
    x = extract("大凉山里的“顺德老师”\n文/图 佛山日报记者 黄晓晴\n")  # a paper's reporter: the role, no name
    assert x.names("PERSON") == {"黄晓晴"}, x.names("PERSON")
    x = extract("那一年，上海市开始对口支援日喀则地区的江孜县，年仅十岁的沈佳音送别了父亲。")  # a time phrase
    assert "那一年" not in x.names("PERSON") | x.names("OFFICIAL")
    x = extract("指挥部主要成员：\n李宏伟，天津市对口支援新疆和田地区前方指挥部总指挥，挂职和田地委副书记；")
    assert x.names("OFFICIAL") == {"李宏伟"} and not x.names("PERSON")  # a profile under a roster's head
    x = extract("比如黄岛区仁和医院与西和县人民医院结对后，帮县医院建起了CT远程阅片中心。")
    assert "帮县医院" not in x.names("HOSPITAL")  # help, then the county's hospital
    x = extract("2025中国凉山彝族国际火把节布拖分会场活动开幕。")
    assert not x.names("ORGANIZATION")  # a festival's venue
    x = extract("潜在投标人应在四川政府采购一体化平台获取招标文件。")
    assert not x.names("GOVERNMENT")  # government procurement, no body
    x = extract("图：龙州·鹤山东西部协作“飞地”产业园开园仪式现场。")
    assert not x.names("PERSON")  # a caption after 图：, no name
    x = extract("两个居民区将在产销对接方面开展合作。")  # 居民区, a title's word run on: no name 区将
    assert not x.names("PERSON") and not x.names("OFFICIAL")
    x = extract("本报特派记者 唐闻捷 发自日喀则\n日喀则的冬夜，冷得刺骨。")  # where the report comes from
    assert x.names("PERSON") == {"唐闻捷"}, x.names("PERSON")
    x = extract("企业代表：\n大家好。")  # an address line naming no one
    assert not x.names("OFFICIAL") and not x.names("PERSON")
    x = extract("局长 调研组\n")  # a word after a post's space with no family name
    assert not x.names("OFFICIAL") and not x.names("PERSON")
    x = extract("卫健局副局长到山阳县人民医院调研。")  # a body's name before the title, no family name 卫
    assert not x.names("OFFICIAL") and not x.names("PERSON")
    x = extract("两村结成对子，由村党支部书记带队互访。")  # the village's party secretary, unnamed
    assert not x.names("OFFICIAL") and not x.names("PERSON")
    x = extract("刘振宇说，刚招来的工人连电烙铁都没摸过。")  # a family name's character before a word of three
    assert x.names("PERSON") == {"刘振宇"}


def test_entities_long_village_names_of_the_list(extract):
    assert "托万吾斯塘村" in extract("巴楚县阿纳库勒乡托万吾斯塘村发展庭院经济。").names("REGION")


def test_entities_no_village_from_plain_words(extract):
    x = extract("吴江区七都镇与宜君县哭泉镇签订结对协议，七都镇出资80万元帮助哭泉镇建设村级光伏电站。")
    assert "建设村" not in x.names("REGION")
    x = extract("3.许家坝镇石板溪村人居环境整治项目（常熟市尚湖镇结对帮扶村），使用常熟市帮扶资金95万元。")
    assert "结对帮扶村" not in x.names("REGION")


def test_entities_no_township_from_a_count_after_a_city(extract):
    x = extract("当天，东莞市四个镇街的15个村（社区）分别与昭通市的贫困村签订结对帮扶协议。")
    assert not [n for n in x.names("REGION") if "个" in n]


def test_entities_zone_after_a_verb_of_going(extract):
    x = extract("王建峰带领县商务局负责同志，赴西海岸新区对接中药材精深加工项目。")
    assert "西海岸新区" in x.names("REGION") and "赴西海岸新区" not in x.names("REGION")


@pytest.mark.parametrize("text,word", (
    ("来自野马川镇的高三学生李梦瑶说：“何校长常说，山里的孩子一样能考出去。”", "高三"),
    ("来自野马川镇的高三学生李梦瑶说：“何校长常说，山里的孩子一样能考出去。”", "常说"),
    # a family name before a frequent verb, a place after 来
    ("县委书记王强调，要抓好落实。", "王强调"),
    ("邀请相关专家来湟源交流座谈。", "来湟源"),
    ("集美区委书记黄志坚，区委副书记、区长林晓东等参加座谈。", "区委"),
    ("聊城市选派市农业农村局副局长孟庆海到彭水挂职，任县委常委、副县长。", "任县委"),
    ("陈立峰和当地医生艾尼瓦尔·吐尔逊结成师徒，手把手带教。", "艾尼瓦尔·吐尔逊结成师"),
))
def test_entities_no_name_from_a_word_after_a_form_of_address_or_origin(extract, text, word):
    x = extract(text)
    assert not x.entity(word), [e.name for e in x.entities.values()]


def test_entities_places_in_farm_products_are_no_mentions(extract):
    x = extract("宁波市与凉山彝族自治州深化协作。去年帮助销售盐源苹果、会理石榴、雷波脐橙等凉山农特产品9.2亿元。")
    assert not any(x.entity(n) for n in ("盐源县", "会理市", "雷波县", "盐源", "会理", "雷波")), x.names("REGION")


@pytest.mark.parametrize("text,absent", NOT_REGIONS)
def test_entities_not_regions(extract, text, absent):
    assert not absent & extract(text).names("REGION")


@pytest.mark.parametrize("text,name,typ", (
    # 和 is a family name (Naxi, Bai) when the name after a post then speaks
    ("怒江州教育体育局局长和志刚说，帮扶让孩子们有了更多机会。", "和志刚", "OFFICIAL"),
    # a name ends before 则 when more of the clause follows; before 说 则 ends a Yi name
    ("英语教师陈思琪则在课余开设了口语角。", "陈思琪", "PERSON"),
    ("凉山州委副书记、州长阿吉拉则说，帮扶重在造血。", "阿吉拉则", "OFFICIAL"),
    ("环江县委副书记、县长覃卫东共同为基地揭牌。", "覃卫东", "OFFICIAL"),
    ("来自普陀区利民医院的援疆医生周立群带教当地医生。", "周立群", "PERSON"),
    # transliterated names: the name ends before a function word; the whole name before 说
    ("疏勒县副县长阿迪力·吐尔洪为食堂揭牌。", "阿迪力·吐尔洪", "OFFICIAL"),
    ("于田县第一中学校长艾尼瓦尔·阿不都说，新教法让成绩明显提升。", "艾尼瓦尔·阿不都", "PERSON"),
    # ...or before a verb of one character the segmenter cuts alone (骑), though names hold some (阿布来提)
    ("周末，我和本地老师艾克拜尔·吐尔逊骑电动车去家访。", "艾克拜尔·吐尔逊", "PERSON"),
    ("村民阿布来提·吐尔逊来到学校。", "阿布来提·吐尔逊", "PERSON"),
    # Dai names of two after a post or who one is (岩罕, 岩应), women named by their people (瑶族妇女)
    ("白塔社区党总支书记岩罕告诉记者，广场建成后，社区活动多了。", "岩罕", "OFFICIAL"),
    ("返乡青年岩应在广场边开起了傣味餐馆。", "岩应", "PERSON"),
    ("傣族妇女陶玉芬在中心租了一个摊位卖傣味。", "陶玉芬", "PERSON"),
    # a name before 以及; no department taken for the name of one working in it (…中医医院康复科护士长赵晓芳)
    ("三都县中医医院院长、康和医院副院长冯嘉豪以及两院相关职能科室负责人参加仪式。", "冯嘉豪", "PERSON"),
    # ...or before the manner of what one does (低头赶制); who one is at work before it is no part of it (班长)
    ("来自扎瓦镇的阿依先木·吐尔地低头赶制一批工装外套。", "阿依先木·吐尔地", "PERSON"),
    ("200多台喷气织机昼夜运转，28岁的班长热娜古丽·艾买提正熟练地巡检设备。", "热娜古丽·艾买提", "PERSON"),
    # a post before a transcribed name listed after another's (、县长艾尔肯·吐尔逊); a name before 一同
    ("泽普县委书记王振宇、县长艾尔肯·吐尔逊陪同考察。", "艾尔肯·吐尔逊", "OFFICIAL"),
    ("历城区卫生健康局副局长韩晓东一同前来送行。", "韩晓东", "OFFICIAL"),
    # a name before 自 and a date (自2022年8月起)
    ("受南京农业大学选派，教授孟庆华自2022年8月起在西藏农牧学院担任副院长。", "孟庆华", "PERSON"),
    # Tibetan names of one or two syllables; names listed after one title
    ("来自南京市雨花台区的援青医生周启航刚刚完成一台手术。", "周启航", "PERSON"),
    ("昆山市第一人民医院派驻的援疆医生刘晨阳刚结束一台腹腔镜手术。", "刘晨阳", "PERSON"),
    ("道真县委副书记、县长罗成刚介绍，基地已投产。", "罗成刚", "OFFICIAL"),
    ("到岗第三天，他就和本地医生麦麦提江·热合曼一起完成了一台手术。", "麦麦提江·热合曼", "PERSON"),
    ("温州市长林建军与甘孜州委副书记、州长扎西尼玛座谈交流。", "扎西尼玛", "OFFICIAL"),
    ("王建峰与骨科医生次仁多吉、普布结成师徒。", "普布", "PERSON"),
    # the body the post is in decides
    ("湘雅医院对外合作处处长邓丽华说，今后将加强合作。", "邓丽华", "PERSON"),
    ("遵义市驻上海劳务工作站站长黄国庆说，目前已有1800余名湄潭人在沪就业。", "黄国庆", "OFFICIAL"),
    # (the station unnamed: its head still holds a post of the place that set it up)
    ("“哪里缺人，心里都有本账。”工作站站长孙志远说，他们挨家走访。", "孙志远", "OFFICIAL"),
    # the station told in the sentence before, its head opening the next
    ("劳务工作站设在横林镇一栋三层小楼里，门口挂着招工信息。站长周德明每天都要接待来咨询的老乡。", "周德明", "OFFICIAL"),
    ("在纺纱车间当挡车工的麦尔耶姆古丽·艾力说，现在每月能挣3000多元。", "麦尔耶姆古丽·艾力", "PERSON"),
    ("阿不都热合曼·买买提表示，和田将为援疆干部人才做好服务保障。", "阿不都热合曼·买买提", "PERSON"),
))
def test_entities_name_boundaries(extract, text, name, typ):
    x = extract(text)
    ent = x.entity(name)
    assert ent is not None and ent.type == typ, {e.name: e.type for e in x.entities.values()}


@pytest.mark.parametrize("text,word", (
    ("两校教师常态化同上一堂课。", "常态化"),
    ("县长和书记说，项目进展顺利。", "和书记"),
    ("教师和学生表示欢迎。", "和学生"),
    ("今年7月，尖扎县民族中学32名学生来津参加研学夏令营。", "来津"),
    ("多名专家来汉滨开展义诊。", "来汉滨"),
    # coming to a place written by its first character, then what one comes for (来通|义诊: to 通江)
    ("▲兰溪医疗专家来通义诊带教", "来通义诊"),
    ("今年选派医生护士等32名医疗人才入驻喀什地区第二人民医院。", "生护士"),
    ("首批120名学生毕业后将直接进入大连企业就业。", "毕业后"),
    ("李婷（妇女保健科主治医师）参加义诊。", "保健"),
    ("税务局先后选派4批12名青年干部到和平区税务局跟岗。", "干部到"),
    # a department after its hospital, before the role of one working in it
    ("旺苍县中医医院康复科护士长赵晓芳说，她所在的医院与嘉川镇中心卫生院同属一个医共体。", "康复科"),
))
def test_entities_no_name_from_a_word_after_a_role(extract, text, word):
    x = extract(text)
    assert word not in x.names("PERSON") | x.names("OFFICIAL")


@pytest.mark.parametrize("text,names", (
    ("南海区卫生健康局选派黄志强、刘慧敏等3名医生到镇雄县人民医院支医。", {"黄志强", "刘慧敏"}),
    ("鼓楼区派出王磊等5名教师到西吉县支教。", {"王磊"}),
))
def test_entities_names_listed_before_a_headcount(extract, text, names):
    x = extract(text)
    assert names <= x.names("PERSON")
    sent = next(r for r in x.relations if r.type == "seconds_staff_to")  # and they are the ones sent
    assert {x.entities[k].name for k in sent.secondees} == names


def test_entities_short_name_defined_in_brackets_names_the_same_organisation(extract):
    x = extract("上海市闵行区中心医院（以下简称“区中心医院”）与元阳县人民医院（以下简称“县医院”）签订结对帮扶协议。"
                "区中心医院向县医院捐赠医疗设备，折合人民币186.5万元。")
    hospital = x.entity("上海市闵行区中心医院")
    assert hospital is not None and "区中心医院" in hospital.aliases
    assert x.entity("县医院") is x.entity("元阳县人民医院")
    assert x.relation("funds", "上海市闵行区中心医院", "元阳县人民医院") is not None
    assert x.relation("pairs_with", "上海市闵行区中心医院", "元阳县人民医院") is not None  # across the brackets


def test_entities_former_or_present_name_in_brackets_names_the_same_institution(extract):
    x = extract("睢宁县人民医院与凤翔区医院（原凤翔县医院）建立对口帮扶关系，今年又派出5名医疗专家坐诊带教。")
    assert x.names("HOSPITAL") == {"睢宁县人民医院", "凤翔区医院"}, x.names("HOSPITAL")
    r = x.relation("seconds_staff_to", "睢宁县人民医院", "凤翔区医院")
    assert r is not None and r.headcount == 5
    x = extract("在水城县第二中学（现水城区第二中学），中山市小榄中学支教教师刘晓燕所带班级的成绩提高了。")
    assert len(x.names("SCHOOL")) == 2, x.names("SCHOOL")


@pytest.mark.parametrize("text,rtype,head,tail", (
    # a company's short name in brackets with 简称
    ("深圳市鹏城智联科技股份有限公司（简称鹏城智联）与中南村签约。鹏城智联向中南村捐赠帮扶资金80万元。",
     "funds", "深圳市鹏城智联科技股份有限公司", "中南村"),
    # in a bare bracket, its characters the name's in order
    ("浙江大学医学院附属第一医院（浙大一院）与昭觉县人民医院签订对口帮扶协议。此后，浙大一院先后派出23名专家到昭觉县人民医院坐诊带教。",
     "seconds_staff_to", "浙江大学医学院附属第一医院", "昭觉县人民医院"),
    # used without definition, for one earlier name only
    ("上海市第六人民医院第十批援藏医疗队出征仪式在院本部举行。市六医院自2016年起与日喀则市人民医院建立“组团式”对口帮扶关系。",
     "pairs_with", "上海市第六人民医院", "日喀则市人民医院"),
    # short names defined two in one bracket (the company itself names no one), or for the stock exchange
    ("江苏华澄新材料股份有限公司（以下简称“公司”或“华澄新材”）于4月向延川县捐赠。项目实施期间，华澄新材选派2名"
     "冷链技术人员常驻延川县。", "seconds_staff_to", "江苏华澄新材料股份有限公司", "延川县"),
    ("青岛海晟港口机械股份有限公司（证券简称：海晟股份，证券代码：002963）与宕昌县人民政府签订协议。2023年海晟股份向"
     "宕昌县捐赠帮扶资金300万元。", "funds", "青岛海晟港口机械股份有限公司", "宕昌县"),
    # a listed company by its brand and 股份, no definition needed (穗华股份 of 广州市穗华食品股份有限公司)
    ("广州市穗华食品股份有限公司参与结对帮扶。2023年9月，穗华股份向纳雍县第一中学捐赠图书5000册。", "funds",
     "广州市穗华食品股份有限公司", "纳雍县第一中学"),
    # its brand and its trade, a word of description dropped between (恒拓精密模具 → 恒拓模具)
    ("宁波恒拓精密模具有限公司与巴普镇拖木村签订协议。结对以来，恒拓模具向拖木村捐赠20万元。", "funds",
     "宁波恒拓精密模具有限公司", "拖木村"),
    # a company by its brand alone, its trade dropped too (温氏食品 → 温氏), acting right after it
    ("温氏食品集团股份有限公司在威宁县投资建设养殖基地。温氏派驻威宁县的12名技术人员为全县养殖户提供服务。",
     "seconds_staff_to", "温氏食品集团股份有限公司", "威宁县"),
    # two trades dropped (泉城优选电子商务 → 泉城优选)
    ("直播由济南泉城优选电子商务有限公司承办。直播结束后，泉城优选向保靖县吕洞山镇中心完小捐赠助学金3万元。",
     "funds", "济南泉城优选电子商务有限公司", "保靖县吕洞山镇中心完小"),
    # its brand and 公司, its trade dropped (嘉联惠生活超市 → 嘉联惠公司)
    ("厦门嘉联惠生活超市有限公司与积石山县签订购销合同。2020年8月，嘉联惠公司在积石山县投资560万元建成冷链集配中心。",
     "funds", "厦门嘉联惠生活超市有限公司", "积石山县"),
))
def test_entities_short_names_name_the_same_organisation(extract, text, rtype, head, tail):
    assert extract(text).relation(rtype, head, tail) is not None


@pytest.mark.parametrize("text,typ,word", (
    ("全县目前仍有部分乡镇卫生院缺少专业儿科医生。", "REGION", "分乡镇"),  # 部分|乡镇
    ("北京大学校友企业北京博远智联科技有限公司捐赠了设备。", "SCHOOL", "北京大学校"),  # 北京大学|校友
    ("按照《贵州省东西部协作资金和项目管理办法》有关规定执行。", "GOVERNMENT", "贵州省东西部协作资金和项目管理办"),
    ("海淀区学院路街道、中关村街道与赤城县两个乡镇结对。", "SCHOOL", "海淀区学院"),  # 海淀区|学院路
))
def test_entities_no_name_cut_inside_a_word_the_segmenter_keeps(extract, text, typ, word):
    assert word not in extract(text).names(typ)


def test_entities_democratic_parties_committees(extract):
    x = extract("民盟珠海市委会向务川自治县丰乐镇中学捐赠资金10万元。民进珠海市委会也捐赠了图书。")
    assert {"民盟珠海市委会", "民进珠海市委会"} <= x.names("ORGANIZATION"), x.names("ORGANIZATION")
    assert len([e for e in x.entities.values() if e.type == "ORGANIZATION"]) == 2  # two parties, two nodes
    assert "区人大" not in x.names("OFFICIAL") | extract("区人大常委会副主任林晓峰参加。").names("OFFICIAL")


@pytest.mark.parametrize("text,typ", (
    ("尼玛县位于那曲市西部，扎西岗乡在它的东边。", "PERSON"),  # a place's name of Tibetan syllables
    ("沪上医院的专家来了。", "HOSPITAL"),  # Shanghai's hospitals
    ("今年夏天，我又回了一趟学校。", "SCHOOL"),
))
def test_entities_no_name_from_descriptions(extract, text, typ):
    assert not extract(text).names(typ)


def test_entities_family_farms_and_colleges_named_by_their_discipline(extract):
    x = extract("湖州旺农牧业有限公司把200只湖羊捐赠给青川县鑫旺湖羊养殖家庭农场。动物科技学院的专家也来了。")
    assert "青川县鑫旺湖羊养殖家庭农场" in x.names("ENTERPRISE"), x.names("ENTERPRISE")
    assert not x.names("SCHOOL")  # a college named by its discipline alone is a department


def test_entities_courts_by_their_short_names_are_the_same_body(extract):
    x = extract("江苏省南京市中级人民法院与商洛市中级人民法院签订司法协作框架协议。活动期间，南京中院向商洛中院捐赠了"
                "价值32万元的远程庭审设备。")
    assert x.relation("funds", "江苏省南京市中级人民法院", "商洛市中级人民法院") is not None
    x = extract("江宁区人民法院与洛南县人民法院签订结对共建协议。江宁法院将把经验带到洛南。")
    assert x.entity("江宁法院").name == "江宁区人民法院"


def test_entities_labour_stations_a_place_keeps_in_another(extract):
    x = extract("百色市驻深圳劳务协作工作站龙岗分站今年新增工作人员2名。昭觉县在宁波设立了昭觉县驻宁波劳务服务站，"
                "从县就业局和各乡镇选派5名彝汉双语干部常驻鄞州。")
    assert {"百色市驻深圳劳务协作工作站龙岗分站", "昭觉县驻宁波劳务服务站"} <= x.names("GOVERNMENT")
    assert x.relation("seconds_staff_to", "昭觉县", "鄞州") is not None  # the station stands for its place


def test_entities_a_works_verb_ends_a_name_on_its_left(extract):
    x = extract("江宁区人民法院出资15万元用于洛南县人民法院改造升级诉讼服务中心。")
    assert not any("改造" in n for n in x.names("GOVERNMENT")), x.names("GOVERNMENT")
    assert x.relation("funds", "江宁区人民法院", "洛南县人民法院") is not None


@pytest.mark.parametrize("text,name", (
    ("代表团一行实地考察宁波甬川智能电器有限公司、慈溪市恒远小家电有限公司等企业。", "宁波甬川智能电器有限公司"),
    ("市领导视察宁波甬川智能电器有限公司。", "宁波甬川智能电器有限公司"),
))
def test_entities_a_visit_verb_ends_a_company_name_on_its_left(extract, text, name):
    assert name in extract(text).names("ENTERPRISE")


def test_entities_a_verb_before_a_court_is_not_its_name(extract):
    # 赴 is part of a team's name (…赴…工作队), not of a court's: 青年法官|赴|南京中院
    x = extract("商洛中院先后选派8名青年法官赴南京中院跟岗学习。")
    assert x.relation("seconds_staff_to", "商洛中院", "南京中院") is not None, x.facts("seconds_staff_to")


def test_entities_a_body_named_after_two_places_joined_by_a_dot(extract):
    x = extract("同年6月，宁波·凉山东西部协作飞地产业园管委会挂牌成立。")
    assert "宁波·凉山东西部协作飞地产业园管委会" in x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_state_agencies_local_offices(extract):
    x = extract("济南市公安局历下区分局与武隆区公安局仙女山派出所结成警务共建对子。泉州市档案馆与盐池县档案馆结对，"
                "泉州市气象台接收盐池县气象局预报员跟岗学习。")
    assert {"武隆区公安局仙女山派出所", "泉州市档案馆", "盐池县档案馆", "泉州市气象台"} <= \
        x.names("GOVERNMENT"), x.names("GOVERNMENT")


@pytest.mark.parametrize("text,word", (
    ("昭觉县人民医院（二级甲等）与浙江大学医学院附属第一医院结对。二级甲等医院的标准更高。", "二级甲等"),
    ("上海市第六人民医院与上海市第十人民医院共同帮扶日喀则。市人民医院派出专家5名。", "市人民医院"),
))
def test_entities_no_short_name_from_other_words(extract, text, word):
    assert word not in {a for e in extract(text).entities.values() for a in e.aliases}


def test_entities_place_short_name_defined_in_brackets(extract):
    x = extract("新疆克孜勒苏柯尔克孜自治州（以下简称克州）是江苏省对口支援地区。"
                "2024年，江苏安排克州援疆资金6.58亿元，其中阿图什市1.45亿元、阿合奇县1.32亿元。")
    assert "克州" in x.entity("克孜勒苏柯尔克孜自治州").aliases
    amounts = {x.entities[r.tail].name: r.amount_cny for r in x.relations if r.type == "funds"}
    assert amounts == {"克孜勒苏柯尔克孜自治州": 658000000, "阿图什市": 145000000, "阿合奇县": 132000000}


def test_entities_traditional_characters_keep_the_written_form(extract):
    x = extract("記者從張北縣政府獲悉，北京綠源冷鏈物流有限公司投資1.2億元，在公會鎮建設冷鏈物流中心。")
    company = x.entity("北京綠源冷鏈物流有限公司")
    assert company is not None and company.type == "ENTERPRISE" and "北京绿源冷链物流有限公司" in company.aliases
    assert "張北縣" in x.entity("张北县").aliases  # a place: its official name, the written form an alias


def test_entities_byline_dateline_closing_the_line_is_no_person(extract):
    x = extract("两地协作不断深化。\n日喀则市融媒体中心记者 边巴次仁 赵琳 白朗报道\n")
    assert x.names("PERSON") == {"边巴次仁", "赵琳"}


def test_entities_units_in_credits_and_aid_roles_before_hospital_are_no_names(extract):
    x = extract("我院作为嘉兴医疗人才援疆的主力医院，与沙雅县人民医院建立帮扶关系。医院和济南的后方医院开通了远程会诊专线。\n"
                "文字：援疆医疗队 宣传科\n图片丨帮扶团队\n")
    assert x.names("HOSPITAL") == {"沙雅县人民医院"}
    assert not x.names("PERSON"), x.names("PERSON")


def test_entities_names_opening_lines_after_a_pictograph_and_names_cut_by_the_segmenter(extract):
    x = extract("第五批团队成员\n👤梁嘉欣｜呼吸与危重症医学科副主任医师\n👤冼伟豪｜神经外科副主任医师\n")
    assert x.names("PERSON") == {"梁嘉欣", "冼伟豪"}
    x = extract("江阴市委副书记、市长方志诚率党政代表团赴延川县考察，与延川县委书记贺建军、县长刘海波座谈交流。")
    assert x.names("OFFICIAL") == {"方志诚", "贺建军", "刘海波"}


def test_entities_a_verb_before_village_pairs_and_a_procuratorate_branch_and_a_body_sent_into(extract):
    x = extract("江阴市对口帮扶延川县。桥村建立村企结对，新桥村建立村村结对关系。")
    assert "建立村" not in x.names("REGION"), x.names("REGION")
    x = extract("嘉兴市人民检察院与新疆维吾尔自治区人民检察院阿克苏分院签订协议。其中14人派驻墨玉县公安局。")
    assert x.entity("新疆维吾尔自治区人民检察院阿克苏分院").type == "GOVERNMENT"
    assert "墨玉县公安局" in x.names("GOVERNMENT") and "驻墨玉县公安局" not in x.names("GOVERNMENT")


def test_entities_names_before_posture_verbs_tibetan_names_and_science_envoys(extract):
    assert extract("浙江大学副教授陈静蹲在试验田边，和当地农技员一起查看。").names("PERSON") == {"陈静"}
    assert extract("合作社负责人洛绒曲措说，合作社今年扩大了种植。").names("PERSON") == {"洛绒曲措"}
    x = extract("4月，福建省农科院选派的科技特派员陈文彬、林雅琴来到星海镇，重点帮助解决问题。")
    assert x.names("PERSON") == {"陈文彬", "林雅琴"}
    assert not extract("以往，专家来绥江多是短期考察。").names("PERSON")
    x = extract("上海市农业科学院研究员乔建平和县农业技术推广中心的技术员一起查看。")
    assert x.names("PERSON") == {"乔建平"} and not x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_one_of_those_counted_taking_a_post_and_a_name_before_what_one_was(extract):
    x = extract("苏州市选派的12名教师在林周县中学开展教育人才援藏，其中周明远担任林周县中学副校长，牵头制定计划。")
    assert x.names("PERSON") == {"周明远"}
    assert extract("团队领队、校长陆海燕原是上海市闵行区江川中学的校长。").names("PERSON") == {"陆海燕"}


def test_entities_a_name_ends_before_a_demonstrative_a_preposition_before_a_number_and_a_conjunction(extract):
    assert extract("绍兴市第一中学生物教师俞佳颖这是第二次援藏。").names("PERSON") == {"俞佳颖"}
    assert extract("来自中界镇的田茂林以608分考入苏州大学，成为村里第一个大学生。").names("PERSON") == {"田茂林"}
    assert extract("来自达玛沟乡的58岁患者阿依古丽·肉孜因急性胆囊炎入院。").names("PERSON") == {"阿依古丽·肉孜"}


def test_entities_a_post_and_its_holder_open_no_body_and_no_township_across_a_preposition(extract):
    x = extract("塔什库尔干塔吉克自治县。塔县县委书记马军代表县委、县政府向深圳市表示感谢。")
    assert x.names("GOVERNMENT") == {"塔县县委"} and x.names("OFFICIAL") == {"马军"}
    x = extract("启东市对口帮扶西乡县。据悉，启东市目前在西乡挂职的干部还有3名。")
    assert "目前在西乡" not in x.names("REGION"), x.names("REGION")


def test_entities_a_title_running_on_into_another_and_a_name_before_chang_shuo(extract):
    assert extract("伊宁市人民医院心内科主任医师艾克拜尔·阿不都说。").names("PERSON") == {"艾克拜尔·阿不都"}
    assert extract("这是挂职伊宁市委副书记周启明常说的一句话。").names("OFFICIAL") == {"周启明"}


def test_entities_kinds_of_village_and_township_and_a_dotted_name_before_a_verb_with_zhe(extract):
    x = extract("台州市对口支援嘉黎县。其中，台州市援建的林堤乡小康示范村二期工程已于9月完工。绒多乡是嘉黎县最偏远的乡。")
    assert not {"小康示范村", "最偏远的乡"} & x.names("REGION"), x.names("REGION")
    assert extract("村民买合木提·艾海提掰着指头算了一笔账。").names("PERSON") == {"买合木提·艾海提"}


def test_entities_names_column_of_a_table_with_spaced_bars_and_a_dotted_name_before_yi(extract):
    x = extract("中山市选派医生到六盘水市帮扶，名单如下：\n序号 | 姓名 | 性别 | 派出单位 | 受援单位\n"
                "1 | 林振宇 | 男 | 中山市人民医院 | 六盘水市人民医院\n2 | 陈嘉伦 | 男 | 中山市人民医院 | 盘州市人民医院\n")
    assert {"林振宇", "陈嘉伦"} <= x.names("PERSON"), x.names("PERSON")
    assert extract("球员阿卜杜拉·艾尔肯一脚弧线球破门。").names("PERSON") == {"阿卜杜拉·艾尔肯"}


def test_entities_companies_of_china_by_their_brand(extract):
    x = extract("总部位于北京的中国建恒投资集团有限公司结对帮扶西吉县。2025年上半年，建恒集团已向西吉县拨付帮扶资金2150万元。"
                "中国中辰能源集团有限公司定点帮扶渭源县。十年来，中辰能源先后选派5批13名干部到渭源县挂职。")
    assert {"建恒集团", "中国建恒投资集团有限公司"} <= x.entity("中国建恒投资集团有限公司").aliases | {
        x.entity("中国建恒投资集团有限公司").name}
    assert "中辰能源" in x.entity("中国中辰能源集团有限公司").aliases


def test_entities_village_opening_with_na_after_its_township(extract):
    x = extract("长宁区对口帮扶金平县。实施地点：金平县金水河镇那发街村。")
    assert x.entity("那发街村") is not None and x.entity("那发街村").type == "REGION"


def test_entities_byline_list_stops_at_the_next_title(extract):
    x = extract("本报讯（学生记者 刘思雨 指导教师 黄文静）11月8日，我校与赫章县第一中学签订结对协议。")
    assert x.names("PERSON") == {"刘思雨", "黄文静"}


def test_entities_regiment_of_one_character_after_a_pairing_verb(extract):
    x = extract("浙江省对口支援第一师阿拉尔市。在“市团结对”机制下，嘉兴市结对帮扶十团，湖州市结对帮扶十二团。")
    assert {"十团", "十二团"} <= x.names("REGION"), x.names("REGION")
    assert "一团" not in extract("浙江省对口支援第一师阿拉尔市。两地干部抱成一团。").names("REGION")


def test_entities_corps_division_and_regiment(extract):
    x = extract("潮州市湘桥区与第三师五十一团签订结对帮扶协议，并向五十一团捐赠价值30万元的农机具。")
    regiment = x.entity("五十一团")
    assert regiment is not None and regiment.type == "REGION" and regiment.attrs.get("side") == "west"
    assert regiment.attrs.get("qualified") == "新疆生产建设兵团第三师五十一团"
    assert "第三师" not in extract("他毕业于第三师范学院。").names("REGION")


@pytest.mark.parametrize("text, name, qualified", (
    # a 乡 the list has, now a 镇, right after its county: not the namesake 龙门镇 or 阿瓦提镇 found inside it
    ("赞皇县西龙门镇村民在县城务工。", "西龙门镇", "河北省石家庄市赞皇县西龙门乡"),
    ("伽师县和夏阿瓦提镇村民在卫星工厂上班。", "和夏阿瓦提镇", "新疆维吾尔自治区喀什地区伽师县和夏阿瓦提乡"),
    # ...or alone, its county named elsewhere in the text and the namesake's nowhere (北湾镇 of 靖远县)
    ("奇台县是福州市对口支援的县。在西北湾镇，一座小麦仓储烘干中心已于7月建成投用。", "西北湾镇", "新疆维吾尔自治区昌吉回族自治州奇台县西北湾乡"),
))
def test_entities_upgraded_township_after_its_county_beats_a_namesake_inside(extract, text, name, qualified):
    ent = extract(text).entity(name)
    assert ent is not None and ent.attrs.get("qualified") == qualified


def test_entities_school_named_with_学校_after_its_centre_is_one_school(extract):
    assert extract("东丽区职业教育中心学校与皋兰县职业技术教育中心结对共建。").names("SCHOOL") == {
        "东丽区职业教育中心学校", "皋兰县职业技术教育中心"}


def test_entities_body_of_the_city_unnamed_is_no_body_even_with_a_place_word_inside(extract):
    # 合作 is a city of Gansu, but 市合作交流办 is "the city's" office, its place unnamed
    x = extract("具体名单由各区报市合作交流办备案。甘南州合作市人民政府和合作市卫健局参加。")
    assert x.names("GOVERNMENT") == {"甘南州合作市人民政府", "合作市人民政府", "合作市卫健局"}  # (and its alias)


@pytest.mark.parametrize("text, name, title", (
    ("八月，嘎查党支部书记吉日嘎拉指着新建的烘干塔说：“好。”", "吉日嘎拉", "嘎查党支部书记"),
    ("察右前旗乡村振兴局局长额尔德木图介绍，2023年大兴区拨付资金。", "额尔德木图", "察右前旗乡村振兴局局长"),
    ("扎赉特旗选派宝力根花苏木副苏木达乌日汗等10名干部到丰台区挂职锻炼。", "乌日汗", "宝力根花苏木副苏木达"),
))
def test_entities_mongolian_name_of_one_part_after_a_title(extract, text, name, title):
    ent = extract(text).entity(name)
    assert ent is not None and ent.type == "OFFICIAL" and ent.attrs["title"] == title


def test_entities_chamber_of_a_places_enterprises_and_not_across_he(extract):
    x = extract("朝阳区工商联和北京市内蒙古企业商会还共同为翁牛特旗乌丹镇捐赠一辆冷链运输车。深圳爱心企业和基金会向河池捐资。")
    assert x.names("ORGANIZATION") == {"朝阳区工商联", "北京市内蒙古企业商会"}


def test_entities_province_short_form_inside_one_word_with_a_place_it_holds(extract):
    # the segmenter keeps 新疆伊犁哈萨克自治州 whole: 新疆 is still a place, and the team's name runs on to 江苏省
    x = extract("江苏省对口支援新疆伊犁哈萨克自治州前方指挥部召开会议。")
    assert {"新疆", "伊犁哈萨克自治州", "江苏省"} <= x.names("REGION")
    assert x.names("GOVERNMENT") == {"江苏省对口支援新疆伊犁哈萨克自治州前方指挥部"}


def test_entities_school_name_the_segmenter_split_into_single_characters(extract):
    # 行|知 (a verb alone) is the noun 行知: the school's name runs on to its place
    x = extract("教育援疆方面，上海市行知中学与叶城县第二中学结对共建。")
    assert x.names("SCHOOL") == {"上海市行知中学", "叶城县第二中学"}
    assert x.facts("pairs_with") == {("上海市行知中学", "叶城县第二中学")}


@pytest.mark.parametrize("text, sender", (
    ("深圳职业技术大学汽车与交通学院副院长刘振宇挂职百色职业学院副院长。", "深圳职业技术大学"),
    ("今年2月，顺德职业技术学院机电工程学院副院长何振邦到黔东南民族职业技术学院挂职副院长。", "顺德职业技术学院"),
))
def test_entities_college_after_a_schools_name_is_its_department(extract, text, sender):
    x = extract(text)
    assert not {"交通学院", "机电工程学院"} & x.names("SCHOOL")
    assert {s for s, _ in x.facts("seconds_staff_to")} == {sender}


def test_entities_kinds_of_school_without_a_place_are_no_school(extract):
    x = extract("宝安区向都安县拨付5800万元，重点用于乡村寄宿制学校和县级中职学校建设。")
    assert not x.names("SCHOOL")


def test_entities_wanxiao_is_a_school(extract):
    x = extract("2023年秋季学期，东莞市长安镇实验小学选派音乐教师陈思琪到思南县许家坝镇中心完小支教。")
    assert ("东莞市长安镇实验小学", "思南县许家坝镇中心完小") in x.facts("seconds_staff_to")


def test_entities_name_ends_before_guanyu(extract):
    x = extract("会议听取了栖霞区对口帮扶柞水县工作组组长、挂职柞水县委常委、副县长刘一鸣关于2021年度协作工作的汇报。")
    assert "刘一鸣" in x.names("OFFICIAL") and "刘一鸣关" not in x.names("OFFICIAL")


def test_entities_word_tagged_as_a_name_opening_with_a_plain_word_is_no_name(extract):
    x = extract("6．在亚东县，上海援藏资金支持建设的亚东县中学学生宿舍楼已顺利封顶。")
    assert not x.names("PERSON") and not x.names("OFFICIAL")


def test_entities_two_verbs_before_shequ_after_a_township_name_no_community(extract):
    x = extract("乌日汗在卢沟桥街道跟班学习社区治理。朝阳街道前进社区开展活动。")
    assert "跟班学习社区" not in x.names("REGION")
    assert "前进社区" in x.names("REGION")


@pytest.mark.parametrize("text, zone", (
    ("威海火炬高技术产业开发区与官渡镇签订了新一轮结对协议。", "威海火炬高技术产业开发区"),
    ("日照经济技术开发区、山海天旅游度假区分别与坪坝镇等3个乡镇开展结对共建。", "山海天旅游度假区"),
    ("其中荣成市石岛管理区与骡坪镇的结对已持续六年。", "荣成市石岛管理区"),
))
def test_entities_zones_of_high_tech_holiday_and_management(extract, text, zone):
    ent = extract(text).entity(zone)
    assert ent is not None and ent.type == "REGION" and ent.attrs.get("level") == "zone"


def test_entities_gaosu_inside_a_companys_name(extract):
    x = extract("截至今年5月，山东鲁花集团、山东高速集团等23家鲁企已在重庆落地，实际到位投资约46.5亿元。")
    assert x.names("ENTERPRISE") == {"山东鲁花集团", "山东高速集团"}


def test_entities_place_opening_a_company_named_after_its_produce(extract):
    x = extract("在济南市牵线搭桥下，山东寿光蔬菜产业集团投资1.2亿元在临夏县建设高原夏菜产业园。会理石榴远销各地。")
    assert "寿光" in x.names("REGION") and "会理" not in x.names("REGION")


def test_entities_relatives_named_after_their_role(extract):
    x = extract("在果洛州人民医院，患者家属多杰感慨道。学生家长王明说。")
    assert {"多杰", "王明"} <= x.names("PERSON")


def test_entities_company_short_name_of_two_characters_as_a_word_of_its_own(extract):
    x = extract("厦门建发集团有限公司与唐汪镇张家村、厦门象屿集团有限公司与河滩镇东塬村分别签订协议。"
                "此外，建发、象屿与厦门国贸控股集团有限公司共同出资300万元，为汪集镇援建一座乡村振兴帮扶车间。")
    givers = {h for h, _ in x.facts("funds")}
    assert givers == {"厦门建发集团有限公司", "厦门象屿集团有限公司", "厦门国贸控股集团有限公司"}
    # inside another word it is no name: 重建发展基金 is not 建发's
    x = extract("厦门建发集团有限公司与张家村签订协议。重建发展基金向汪集镇捐赠10万元。")
    assert not x.facts("funds")


def test_entities_foundations_office_is_one_organisation_that_gives(extract):
    x = extract("当天，上海市慈善基金会闵行区代表处还向元阳县第一中学捐赠“蓝天下的至爱”助学金20万元，资助100名困难学生。")
    assert x.names("ORGANIZATION") == {"上海市慈善基金会闵行区代表处"}
    assert x.facts("funds") == {("上海市慈善基金会闵行区代表处", "元阳县第一中学")}


def test_entities_names_opening_lines_of_an_honours_list_and_of_a_list_of_teachers_sent(extract):
    x = extract("二、先进个人（15名）\n\n王磊　镇江市对口帮扶渭南市工作组副组长，挂职渭南市人民政府副秘书长\n"
                "许文静　镇江市第一人民医院援陕专家，在白水县人民医院支医\n李娜　渭南市乡村振兴局东西部协作科科长\n"
                "沈佳，南京市雨花台中学，支教大通县第一完全中学；\n")
    assert {"王磊", "李娜"} <= x.names("OFFICIAL") and {"许文静", "沈佳"} <= x.names("PERSON")
    # a headline's words before a space are no name
    x = extract("鲁藏情深 “组团式”医疗援藏让日喀则群众在家门口看上病\n\n正文。")
    assert not x.names("PERSON")


def test_entities_name_ends_before_jiedui(extract):
    x = extract("她和广东援藏教师李敏结对后，一起打磨了30多节公开课。")
    assert "李敏" in x.names("PERSON") and "李敏结" not in x.names("PERSON")


def test_entities_places_companies_counted_are_no_list_of_names(extract):
    x = extract("8月12日，红河县举办东西部劳务协作专场招聘会，上海、浙江等地的46家企业提供就业岗位1800余个。")
    assert not x.names("ENTERPRISE")


def test_entities_two_publications_joined_by_a_dot_are_no_name(extract):
    x = extract("来源：农民日报·中国农网　2023-06-01\n\n阿迪力·吐尔洪说，今年收成好。")
    assert x.names("PERSON") == {"阿迪力·吐尔洪"}


@pytest.mark.parametrize("text, names", (
    ("穗丰农业、粤港食品等广州企业在赫章县共同投资超过6亿元。", {"穗丰农业", "粤港食品"}),
    ("中建三局、中建七局等子企业也通过食堂采购参与消费帮扶。", {"中建三局", "中建七局"}),
    ("也有跨境电商、智能制造等新兴企业。", set()),
))
def test_entities_list_closed_by_deng_before_companies_with_no_count(extract, text, names):
    assert extract(text).names("ENTERPRISE") == names


def test_entities_names_opening_the_lines_of_a_list_of_postings(extract):
    x = extract("新一批援派人员名单：\n顾晓敏　合阳县人民医院（支医）\n钱嘉怡　合阳县城关中学（支教）\n周一鸣　合阳县农业农村局（支农）")
    assert {"顾晓敏", "钱嘉怡", "周一鸣"} <= x.names("PERSON")
    # one line alone is no list; a plain word opening lines is no name
    assert not extract("会议地点：\n顾晓敏　合阳县人民医院").names("PERSON")
    assert not extract("主办　合阳县人民医院\n承办　合阳县城关中学").names("PERSON")
    # a line giving a 挂职 post names an official
    x = extract("韩冬　镇江市丹徒区选派，挂职蒲城县发展和改革局副局长\n许文静　镇江市第一人民医院援陕专家，在白水县人民医院支医")
    assert (x.names("OFFICIAL"), x.names("PERSON")) == ({"韩冬"}, {"许文静"})


def test_entities_a_short_form_inside_a_word_hides_no_place_starting_one(extract):
    # 用于|都安县: 于都 (of 于都县) matches first, inside the word 用于
    x = extract("宝安区安排资金260万元，用于都安县劳务协作。")
    assert "都安县" in x.names("REGION") and not any(n.startswith("于都") for n in x.names("REGION"))


@pytest.mark.parametrize("text", ("发布时间：2025-04-18　　作者：教科室　　阅读：612", "作者：宣传科 顾佳琪",
                                  "图②：伽师县人民医院新投用的超声诊断仪。通讯员供图"))
def test_entities_a_unit_signing_a_byline_is_no_person(extract, text):
    assert not {"教科室", "宣传科", "供图"} & extract(text).names("PERSON")


@pytest.mark.parametrize("text,names", (
    ("按照两校年度计划，今年秋季学期滨北实验小学还将选派2名骨干教师赴锁南镇第二小学支教。", {"学期滨北实验小学"}),
    ("宕昌县第二中学今年还获得省教育厅下拨的薄弱学校改造资金，全省新建省级普通高中12所。", {"薄弱学校", "省级普通高中"}),
    # a few of them
    ("在保靖县迁陵镇的几所学校里，来自济南的支教老师已经走上讲台两个多星期了。", {"几所学校"}),
    # students of a class of families
    ("一是资助威宁县脱贫家庭高中学生1200名；二是支持织金县开展困难家庭大学新生入学资助。", {"威宁县脱贫家庭高中", "困难家庭大学"}),
))
def test_entities_a_term_or_a_class_of_schools_names_no_school(extract, text, names):
    assert not names & extract(text).names("SCHOOL")


def test_entities_a_long_place_name_after_a_common_word_holding_its_first_character(extract):
    # 向上 is a word; 上阿图什镇 a township of 阿图什市 (but 部分|乡镇卫生院 names no 分乡镇)
    x = extract("千灯镇商会还向上阿图什镇阿其克村捐赠有机肥和滴灌设备。")
    assert {"上阿图什镇", "阿其克村"} <= x.names("REGION")
    assert not extract("部分乡镇卫生院缺少设备。").names("REGION")
    # a county of two characters the segmenter joins to a title (康|县长|坝镇), a township of it right after: the places
    x = extract("陇南市天津商会向康县长坝镇花桥村捐赠乡村旅游提升资金20万元。")
    assert {"康县", "长坝镇", "花桥村"} <= x.names("REGION") and not x.names("OFFICIAL"), x.names("REGION")
    # a township of three characters after a preposition the segmenter joins to its first one (向上|帕镇, 与会|川镇)
    x = extract("珠海华锐服装有限公司向上帕镇捐赠价值45万元的缝纫设备。北辰区天穆镇与会川镇签订了结对帮扶协议。")
    assert {"上帕镇", "会川镇"} <= x.names("REGION"), x.names("REGION")


def test_entities_a_kind_of_alliance_names_no_hospital(extract):
    assert "紧密型医共体" not in extract("莎车县人民医院与荒地镇卫生院组建紧密型医共体。").names("HOSPITAL")



def test_entities_the_names_column_of_a_table(extract):
    text = ("北京市第六批对口协作挂职干部名单\n序号\t姓名\t性别\t派出单位及职务\t挂职单位及职务\n"
            "1\t宋景辉\t男\t北京市发展和改革委员会区域发展处副处长\t十堰市发展和改革委员会副主任\n"
            "2\t梁思远\t男\t北京市西城区发展和改革委员会副主任\t丹江口市副市长\n"
            "3\t陶敏\t女\t上海市第六人民医院主治医师\t喀什地区第二人民医院\n\n编辑：张三")
    x = extract(text)
    assert {"宋景辉", "梁思远"} <= x.names("OFFICIAL") and "陶敏" in x.names("PERSON")
    # a post in a hospital is no state post
    x = extract("姓名｜派出单位｜在藏任职\n孙佳琪｜上海市第十一人民医院｜挂职日喀则市人民医院医务部主任\n"
                "黄立群｜上海市闵行区申南中心医院｜挂职日喀则市人民医院神经外科主任")
    assert {"孙佳琪", "黄立群"} <= x.names("PERSON") and not x.names("OFFICIAL")
    # cells parted by ideographic spaces (single spaces once normalised); a row of other cells ends the table
    x = extract("序号　派出地区　姓名　现任职务　拟挂职岗位\n1　邗江区　周建华　邗江区发展和改革委员会副主任　挂职横山区委常委、副区长\n"
                "2　宝应县　孙立群　宝应县中学高级教师　支教佳县第一中学\n公示时间 为 六月 五日\n")
    assert "周建华" in x.names("OFFICIAL") and "孙立群" in x.names("PERSON"), x.names("PERSON")
    staff = {(x.name(r.head), x.name(r.tail)) for r in x.relations if r.type == "seconds_staff_to"}
    assert staff == {("邗江区", "横山区"), ("宝应县", "佳县第一中学")}, staff


def test_entities_a_township_missing_from_the_list_after_a_county_written_short_beats_a_namesake_inside(extract):
    # 石嘴镇 is a township of 吉林省; 青石嘴镇, of 门源县, is missing from the list
    x = extract("历城区唐王街道与门源县青石嘴镇签订结对共建协议后，唐王街道先后向青石嘴镇捐赠农机具等物资，价值48.6万元。")
    assert "青石嘴镇" in x.names("REGION") and "石嘴镇" not in x.names("REGION")
    assert x.facts("funds") == {("唐王街道", "青石嘴镇")}
    # a verb between a county and a township of another is no part of a name
    x = extract("会议明确，日照市各区县与城口县乡镇的结对关系保持不变：东港区结对修齐镇、高观镇，五莲县结对东安镇。")
    assert {"修齐镇", "东安镇"} <= x.names("REGION") and not any(n.startswith("结对") for n in x.names("REGION"))


def test_entities_a_pronoun_is_no_part_of_a_name(extract):
    assert not extract("9月，又有2名护士来我院进修护理管理。").names("PERSON")


def test_entities_a_stop_word_the_segmenter_cut_in_two_ends_a_name(extract):
    # 到|岗|疏附县人民医院: 到岗 is a stop word, its 岗 no part of the hospital's name
    x = extract("广州市选派的第十一批23名援疆医疗人才已全部到岗疏附县人民医院，上半年开展新技术新项目17项。")
    assert "疏附县人民医院" in x.names("HOSPITAL")



@pytest.mark.parametrize("text,word", (
    ("3月18日，挂职干部欢送会在县委党校举行。", "县委党校"),
    ("他在县第一中学任教三年。", "县第一中学"),
    # the segmenter's word holding the verb before it (带|进县|医院)
    ("口述｜在六盘山下，把“厦门标准”带进县医院", "进县医院"),
))
def test_entities_a_school_named_by_its_level_alone_is_unnamed(extract, text, word):
    # the county's school (县委党校), as 县人民医院 is: no entity unless the text names it in full
    x = extract(text)
    assert not x.entity(word), [e.name for e in x.entities.values()]


def test_entities_a_school_named_by_its_level_alone_is_the_one_named_in_full(extract):
    x = extract("纳雍县第一中学与花都区秀全中学结对。他在县第一中学任教三年。")
    assert x.names("SCHOOL") == {"纳雍县第一中学", "花都区秀全中学"}


@pytest.mark.parametrize("text,form,qualified", (
    # a 民族乡 written with its people, listed without them (洛本卓乡)
    ("泸水市洛本卓白族乡群众喜迎新居。", "洛本卓白族乡", "云南省怒江傈僳族自治州泸水市洛本卓乡"),
    # ...or with two peoples (坪地场仡佬族侗族乡: the list's 坪地场乡)
    ("昆山市千灯镇与石阡县坪地场仡佬族侗族乡签订结对协议。", "坪地场仡佬族侗族乡", "贵州省铜仁市石阡县坪地场乡"),
    # a 街道 the list names 街道办
    ("珠海市香洲区与泸水市结对，拱北街道与片马镇结对。", "拱北街道", "广东省珠海市香洲区拱北街道"),
    # a Beijing 地区办事处 written as the 街道 it became (花乡地区办事处: 花乡街道)
    ("北京市丰台区与张湾区结对，花乡街道与黄龙镇续签结对共建协议。", "花乡街道", "北京市丰台区花乡地区办事处"),
    # a 苏木 the list names 苏木镇 (好腰苏木镇)
    ("大兴区与科右中旗结对，魏善庄镇与好腰苏木结对帮扶。", "好腰苏木", "内蒙古自治区兴安盟科尔沁右翼中旗好腰苏木镇"),
    # a township upgraded since the list, right after its county, and a village after it the list lacks
    ("兰溪市向通江县杨柏镇太平场村捐赠20万元。", "杨柏镇", "四川省巴中市通江县杨柏乡"),
    ("兰溪市向杨柏镇太平场村捐赠20万元。", "太平场村", "四川省巴中市通江县杨柏乡太平场村"),
))
def test_entities_townships_the_list_writes_otherwise(extract, text, form, qualified):
    x = extract(text)
    ent = x.entity(form)
    assert ent is not None and ent.type == "REGION", x.names("REGION")
    assert ent.attrs.get("qualified") == qualified


@pytest.mark.parametrize("text,word", (
    # a verb of going before a county's name ends what stands before 镇 (选派到|坑镇)
    ("陈立峰是江都区选派到坑镇挂职的干部。", "选派到坑镇"),
    # going to (往) opens no name; a count of many (多个) and a class of schools (一贯制) name none
    ("以前碰到急性心梗病人，只能往陇南市第一人民医院转。", "往陇南市第一人民医院"),
    ("上海市松江区第二人民医院选派9名医务人员组成医疗队，经拉萨转赴定日县人民医院。", "拉萨转赴定日县人民医院"),
    # a post and its holder open no body's name
    ("济宁市选派到万州挂职的万州区副区长孟凡军和工作队队员一起赶到长滩镇。", "万州区副区长孟凡军和工作队"),
    ("帮扶覆盖县级医院和多个乡镇卫生院。", "多个乡镇卫生院"),
    ("无锡市投入资金支持贵德县新建一所九年一贯制学校。", "一贯制学校"),
))
def test_entities_no_name_from_a_verb_or_a_count_before_it(extract, text, word):
    x = extract(text)
    assert not x.entity(word), [e.name for e in x.entities.values()]


def test_entities_a_cooperative_named_short_by_its_brand(extract):
    x = extract("渭源县本庙中药材种植农民专业合作社成立于2018年。2023年，本庙合作社获得长乐区东西部协作资金120万元。")
    r = x.relation("funds", "长乐区", "渭源县本庙中药材种植农民专业合作社")
    assert r is not None and int(r.amount_cny) == 1_200_000, x.facts("funds")


def test_entities_a_county_of_one_character_before_a_word_it_would_be_cut_into(extract):
    # 礼县城关第一小学: not 礼|县城|关
    x = extract("崂山区第二实验小学与礼县城关第一小学结为对口帮扶学校。")
    assert "礼县城关第一小学" in x.names("SCHOOL"), x.names("SCHOOL")


def test_entities_a_school_named_with_its_years_of_schooling_and_no_township_of_a_batch(extract):
    x = extract("乐清市宏瑞电气有限公司为桃坪镇九年一贯制学校资助20万元。")
    assert "桃坪镇九年一贯制学校" in x.names("SCHOOL"), x.names("SCHOOL")
    assert not extract("当地九年一贯制学校开学了。").names("SCHOOL")
    assert extract("松江区新一批援镇干部人才抵镇").names("REGION") == {"松江区"}


def test_entities_a_command_posts_group_named_with_the_command_and_workers_by_who_they_are(extract):
    x = extract("深圳市对口支援新疆前方指挥部塔县工作组组长、挂职塔县县委常委、副县长刘振宇介绍，文旅是塔县最大的优势。")
    assert "深圳市对口支援新疆前方指挥部塔县工作组" in x.names("GOVERNMENT"), x.names("GOVERNMENT")
    x = extract("“一个月能拿4000多元。”来自乌帕尔镇的女工古丽尼格尔·艾力说。")
    assert "古丽尼格尔·艾力" in x.names("PERSON"), x.names("PERSON")


def test_entities_a_village_before_a_homestay(extract):
    x = extract("临潭县冶力关镇池沟村是个好地方。\n1.冶力关镇池沟村民宿集群提升项目，东丽区援助资金600万元；")
    assert ("东丽区", "池沟村") in x.facts("funds"), x.facts("funds")


def test_entities_a_school_of_a_township_written_short_after_its_county(extract):
    x = extract("斗门区乾务中学与兰坪县啦井中学也在会上签订了结对帮扶协议。")
    assert "兰坪县啦井中学" in x.names("SCHOOL"), x.names("SCHOOL")
    # (or a township the list names otherwise, known by what it is called: 苏家坨镇, listed as 苏家坨地区办事处)
    x = extract("北京市海淀区苏家坨中学与赤城县第一中学结对共建。")
    assert "北京市海淀区苏家坨中学" in x.names("SCHOOL"), x.names("SCHOOL")


def test_entities_townships_the_list_does_not_know_listed_with_known_ones(extract):
    x = extract("棘洪滩街道、上马街道、河套街道、红岛街道分别与平洛镇、云台镇、阳坝镇、碾坝镇结对。")
    assert {"河套街道", "红岛街道"} <= x.names("REGION"), x.names("REGION")
    assert len(x.facts("pairs_with")) == 4, x.facts("pairs_with")


def test_entities_no_person_after_a_title_inside_a_place_or_in_a_set_phrase(extract):
    # 池沟村|民宿集群: no villager (村民) named 宿集群; 茶农|常来常往: a set phrase, no name
    x = extract("临潭县冶力关镇池沟村是个好地方。\n1.冶力关镇池沟村民宿集群提升项目，东丽区援助资金600万元；")
    assert not x.names("PERSON"), x.names("PERSON")
    assert not extract("两地茶农常来常往，手机里存着对方的电话。").names("PERSON")
    assert "王建国" in extract("村民王建国说，今年收成好。").names("PERSON")


def test_entities_a_name_cell_before_a_title_cell_closing_the_line(extract):
    x = extract("派驻库车市人民医院：\n宁波市第二医院　陈思远　心血管内科副主任医师\n余姚市阳明实验初级中学　俞佳怡　一级教师\n")
    assert {"陈思远", "俞佳怡"} <= x.names("PERSON"), x.names("PERSON")


def test_entities_words_no_name_opens_with_and_no_hospital_over_a_company(extract):
    x = extract("此前有消息称康禾医药集团将在纳雍县投资建设中药饮片加工厂。")
    assert x.names("ENTERPRISE") == {"康禾医药集团"}, x.names("ENTERPRISE")
    assert not extract("座谈会上，双方商定，下一步商会将引导3至5家童装企业在苍溪县设立加工点。").names("ORGANIZATION")
    x = extract("湖州乐途物流有限公司向东溪镇中心卫生院捐赠救护车一台，价值50万元。")
    assert not any("有限公司" in n for n in x.names("HOSPITAL")), x.names("HOSPITAL")


def test_entities_a_leading_groups_office_not_also_the_group(extract):
    x = extract("青川县东西部协作工作领导小组办公室　　2023年10月20日")
    assert x.names("GOVERNMENT") == {"青川县东西部协作工作领导小组办公室"}, x.names("GOVERNMENT")
    # the group alone is a body
    assert "丹寨县东西部协作工作领导小组" in extract("丹寨县东西部协作工作领导小组召开会议。").names("GOVERNMENT")


def test_entities_a_preposition_before_the_place_a_hospitals_name_opens_with(extract):
    x = extract("7．崂山区第二人民医院年内向宕昌县人民医院捐赠除颤仪等设备12台。")
    assert x.names("HOSPITAL") == {"崂山区第二人民医院", "宕昌县人民医院"}, x.names("HOSPITAL")
    # a function word's character inside a place's name ends nothing (武都区, 西和县)
    assert "武都区两水镇中心小学" in extract("黄岛区政协向武都区两水镇中心小学捐赠图书。").names("SCHOOL")


def test_entities_a_kind_of_company_said_before_its_name_is_not_in_it(extract):
    x = extract("产业方面，苏州企业江苏华源新材料科技有限公司投资3600万元，在比如县建设高原果蔬基地。当天，苏州企业苏州禾丰农业科技有限公司也签约入驻。")
    assert {"江苏华源新材料科技有限公司", "苏州禾丰农业科技有限公司"} <= x.names("ENTERPRISE"), x.names("ENTERPRISE")
    assert not any(n.startswith("苏州企业") for n in x.names("ENTERPRISE"))


def test_entities_a_citizen_of_a_place_named_is_a_person_and_no_party(extract):
    x = extract("此外，宁波市民李秀芬通过宁波市慈善总会平台，为布拖县特木里镇一名白血病患儿捐款5万元。")
    assert "李秀芬" in x.names("PERSON"), x.names("PERSON")
    assert not x.facts("funds"), x.facts("funds")  # (a person gives: no party)
    # someone addressed, unnamed
    assert not extract("年货大集现场人头攒动，市民王阿姨一口气买了三袋红米。").names("PERSON")


def test_entities_an_ending_written_again_as_a_posts_first_character_ends_no_name(extract):
    # 商务局|局|长沙…: the segmenter cuts 局长 apart; the body is 商务局, not 商务局局
    x = extract("“过去山里的东西运不出来。”美姑县商务局局长沙马拉且说。")
    assert x.names("GOVERNMENT") == {"美姑县商务局"}, x.names("GOVERNMENT")


def test_entities_a_hospitals_number_short_name_when_it_is_named_with_and_without_its_city(extract):
    x = extract("丰台区卫生健康委组织丰台区第二人民医院等6家医疗机构的专家赴科右中旗义诊。北京市丰台区第二人民医院与科右中旗人民医院签订协议。"
                "三年来，丰台二院先后选派8名骨干医师到科右中旗人民医院长期坐诊。")
    r = next((r for r in x.relations if r.type == "seconds_staff_to"), None)
    assert r is not None and x.name(r.head).endswith("丰台区第二人民医院"), x.relations


def test_entities_a_partys_role_in_a_project_or_a_body_engaging_it_is_not_in_its_name(extract):
    x = extract("该项目未通过验收，已责令施工单位红河金诚建设工程有限公司限期整改。隆德县财政局委托宁夏华鼎会计师事务所有限公司开展评价。")
    assert x.names("ENTERPRISE") == {"红河金诚建设工程有限公司", "宁夏华鼎会计师事务所有限公司"}, x.names("ENTERPRISE")
    # 会同 (together with), then "the county's" body: no 会同县 and no body running over the verb
    x = extract("元阳县农业农村局会同县财政局、县审计局等部门组成联合验收组。")
    assert x.names("GOVERNMENT") == {"元阳县农业农村局"}, x.names("GOVERNMENT")


def test_entities_care_homes_carers_and_yi_names(extract):
    x = extract("走进位于锦屏镇的丘北县养老服务中心，交接仪式在纳雍县残疾人托养中心举行。")
    assert x.names("ORGANIZATION") == {"丘北县养老服务中心", "纳雍县残疾人托养中心"}, x.names("ORGANIZATION")
    assert not extract("用于街道社区养老服务中心和区域性养老服务中心的运营。").names("ORGANIZATION")
    x = extract("其中康复师林晓雯已在昭觉工作了4个月。护理员孙秀梅是第一批到宕昌的带教老师。昭觉县儿童福利院院长阿力阿呷说。")
    assert {"林晓雯", "孙秀梅", "阿力阿呷"} <= x.names("PERSON"), x.names("PERSON")


def test_entities_officials_by_a_post_taken_away_and_roster_lines_with_colons_or_brackets(extract):
    x = extract("龙华区选派挂任乐业县委常委、副县长的刘志远介绍，下一步将推动结对。")
    assert "刘志远" in x.names("OFFICIAL"), x.names("OFFICIAL")
    x = extract("拟推荐对象如下：\n赵明轩：上海市闵行区中心医院骨科主任医师\n2023年8月，他来到喀什。\n"
                "钱卫东：上海市嘉定区发展和改革委员会副主任，挂职巴楚县委常委、副县长\n"
                "吉克阿呷（女，彝族）　昭觉县农业农村局副局长\n6.杨光荣（苗族）　威宁自治县农业农村局副局长\n")
    assert "赵明轩" in x.names("PERSON"), x.names("PERSON")
    assert {"钱卫东", "吉克阿呷", "杨光荣"} <= x.names("OFFICIAL"), x.names("OFFICIAL")
    # a speaker and his words, no post after the colon: not typed by the words
    x = extract("张立新：今年上海援疆在泽普县安排项目38个，其中80%以上投向基层和民生领域。")
    assert "张立新" not in x.names("OFFICIAL"), x.names("OFFICIAL")


def test_entities_a_companys_short_name_with_its_trade_written_short(extract):
    x = extract("运营方是宁波甬丰农业机械有限公司。甬丰农机派出8名维修技师常驻昭觉县。")
    assert x.relation("seconds_staff_to", "宁波甬丰农业机械有限公司", "昭觉县") is not None, x.relations
    # with no brand, its place written short (晋江市 → 晋江) and its trade (城市建设投资 → 城投)
    x = extract("晋江市城市建设投资控股集团有限公司与红耀乡结对。晋江城投向红耀乡捐赠35万元。")
    r = x.relation("funds", "晋江市城市建设投资控股集团有限公司", "红耀乡")
    assert r is not None and int(r.amount_cny) == 350_000, x.relations


def test_entities_an_enterprise_group_holding_企业_in_its_name(extract):
    x = extract("2016年，帮扶团队来到清远市阳山县。那一年，广州岭南国际企业集团与畔水村结对帮扶，先后投资2100万元修缮古宅。")
    assert "广州岭南国际企业集团" in x.names("ENTERPRISE"), x.names("ENTERPRISE")
    assert ("广州岭南国际企业集团", "畔水村") in x.facts("pairs_with"), x.relations
    # 企业 still opens no name where it counts the companies before one (三家企业与|华东企业集团)
    assert "华东企业集团" in extract("瑞安市三家企业与华东企业集团签约。").names("ENTERPRISE")


def test_entities_a_team_named_with_援派_and_a_factory_trade_before_a_name(extract):
    x = extract("挂职奉节县委常委、副县长的滨州市援派奉节工作组组长高新民表示，下一步将推动更多企业对接。")
    assert x.names("GOVERNMENT") >= {"滨州市援派奉节工作组"} and "奉节工作组" not in x.names("GOVERNMENT"), x.names("GOVERNMENT")
    assert "古丽尼格尔·吐尔洪" in extract("挡车工古丽尼格尔·吐尔洪笑着说，现在每月能挣三千多元。").names("PERSON")


def test_entities_no_party_inside_a_documents_title_no_withheld_name_and_no_programme_as_a_body(extract):
    x = extract("此行中，长乐区总商会与泾源县工商联续签了《闽宁商会协作框架协议》，并向泾源县捐赠乡村振兴帮扶资金60万元。")
    assert "闽宁商会" not in x.names("ORGANIZATION"), x.names("ORGANIZATION")
    assert x.relation("funds", "长乐区总商会", "泾源县") is not None, x.relations
    assert not extract("术后第三天，患者李某已能下床活动。").names("PERSON")
    assert not extract("两地召开东西部协作妇联工作座谈会，东西部协作商会同时成立。").names("ORGANIZATION")
    assert "滨州市援青干部管理组" in extract("滨州市援青干部管理组组长王强介绍。").names("GOVERNMENT")


def test_entities_a_name_ends_before_because(extract):
    assert "陈秀梅" in extract("家住永乐街道的72岁患者陈秀梅因反复胸闷入院。").names("PERSON")
    assert "马成林" in extract("西吉县村民马成林曾因急性心梗被转运至银川救治。").names("PERSON")


def test_entities_roster_labels_padded_with_spaces_and_a_count_of_years_before_a_name(extract):
    x = extract("一、工作队组成\n组  长：林承志，福州市仓山区委常委，挂职固原市委常委、副市长\n"
                "成  员：郑文彬，福州市晋安区农业农村局副局长，挂职隆德县农业农村局副局长\n")
    assert {"林承志", "郑文彬"} <= x.names("OFFICIAL"), x.names("OFFICIAL")
    assert extract("近三年南京农业大学累计派出专家42人次。").names("SCHOOL") == {"南京农业大学"}
    assert "桃坪镇九年一贯制学校" in extract("捐建桃坪镇九年一贯制学校。").names("SCHOOL")


def test_entities_a_brand_opening_with_he_after_its_place(extract):
    assert extract("天津和泽医药有限公司向策勒县人民医院捐赠价值35万元的药品。").names("ENTERPRISE") == {"天津和泽医药有限公司"}


def test_entities_names_before_a_count_of_teachers_before_派驻_and_two_levels_of_hospitals(extract):
    x = extract("北京市朝阳区望京实验学校的孟晓彤、朱恒两名教师第二次来到囊谦县第一民族中学支教。")
    assert {"孟晓彤", "朱恒"} <= x.names("PERSON"), x.names("PERSON")
    x = extract("其中，烟台市福山区人民医院普外科副主任医师曲志强派驻刚察县人民医院任业务副院长。")
    assert "曲志强" in x.names("PERSON"), x.names("PERSON")
    x = extract("刚察县人民医院已在省、州两级医院的帮扶下通过复审，创成二级甲等医院。")
    assert x.names("HOSPITAL") == {"刚察县人民医院"}, x.names("HOSPITAL")
    assert "才仁永措" in extract("玉树日报讯（记者 才仁永措 通讯员 刘思远）3月18日。").names("PERSON")


def test_entities_roster_lines_opening_with_a_bullet_or_a_caption_bar(extract):
    x = extract("成果展示\n◆沈立军　吴兴区驻剑阁县工作组组长，挂职剑阁县委常委、副县长\n"
                "◆朱晨阳　湖州中学派驻剑阁中学支教教师，带出剑阁中学首批清北生\n"
                "字幕：陈志斌｜福清市派驻西吉县挂职干部，任西吉县副县长\n")
    assert {"沈立军", "陈志斌"} <= x.names("OFFICIAL") and "朱晨阳" in x.names("PERSON"), x.names("OFFICIAL")
    assert not extract("沪滇协作·支教手记｜对话上海援滇教师周佳怡：在茶山上教书").names("PERSON") - {"周佳怡"}


def test_entities_a_name_of_a_two_character_family_before_speech_after_a_stop_or_a_noun(extract):
    x = extract("活动结束后，双方进行了座谈。曲比拉哈表示，将继续深化两地合作。")
    assert x.names("PERSON") == {"曲比拉哈"}, x.names("PERSON")
    x = extract("“今年我在宁波挣了5万多元。”来自美姑县巴普镇的务工人员吉克石布说。")
    assert x.names("PERSON") == {"吉克石布"}, x.names("PERSON")


def test_entities_a_dotted_name_ends_before_a_frequent_adjective(extract):
    x = extract("援疆专家王立平带领团队，为患者艾尔肯·吐尔逊成功实施心脏介入手术。")
    assert "艾尔肯·吐尔逊" in x.names("PERSON"), x.names("PERSON")


def test_entities_a_corps_division_written_with_its_city_is_one_place(extract):
    x = extract("2025年，浙江省下达第一师阿拉尔市援疆资金2.36亿元。阿拉尔市各团场的红枣产业因此受益。")
    regions = {e.name for e in x.entities.values() if e.type == "REGION"}
    assert regions == {"浙江省", "第一师阿拉尔市"}, regions
    assert x.facts("funds") == {("浙江省", "第一师阿拉尔市")}, x.relations
    # (the city alone, with no division before it, stays the city)
    assert "阿拉尔市" in extract("浙江省援建的阿拉尔市职业技术学校今年投用。").names("REGION")


def test_entities_a_place_written_with_the_other_form_of_a_character(extract):
    x = extract("环翠区孙家疃街道与门源县青石嘴镇签订镇镇结对协议。")
    town = next(e for e in x.entities.values() if e.name == "青石嘴镇")
    assert town.key.endswith("/青石咀镇"), town.key


def test_entities_an_aid_group_named_by_the_county_it_serves(extract):
    x = extract("2025年上半年，上海援藏亚东小组向亚东县拨付援藏资金6800万元。")
    assert "上海援藏亚东小组" in x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_a_zone_named_alone_elsewhere_and_a_brand_of_a_time_word(extract):
    x = extract("2024年，花都区安排东西部协作资金960万元，重点支持百里杜鹃管理区发展乡村民宿。"
                "广州岭南花海旅游开发有限公司在百里杜鹃投资6500万元建设康养民宿项目。")
    assert x.facts("funds") == {("花都区", "百里杜鹃管理区"), ("广州岭南花海旅游开发有限公司", "百里杜鹃管理区")}, x.relations
    x = extract("在营盘镇朱家湾村，南京山居岁月酒店管理有限公司投资4200万元建设的民宿集群于今年10月开业。")
    assert x.names("ENTERPRISE") == {"南京山居岁月酒店管理有限公司"}, x.names("ENTERPRISE")


def test_entities_a_township_named_again_without_its_level(extract):
    x = extract("广州市花都区粤鑫皮具制品有限公司在大方县猫场镇建设车间。粤鑫皮具从花都总部选派6名技术骨干常驻猫场，手把手教工人识图。")
    r = x.relation("seconds_staff_to", "广州市花都区粤鑫皮具制品有限公司", "猫场镇")
    assert r is not None and r.headcount == 6, x.relations
    # (not a programme's or a school's name holding it)
    x = extract("福州市与固原市是闽宁协作的结对市，闽宁镇是两地协作的缩影。")
    assert frozenset(("福州市", "闽宁镇")) not in {frozenset(p) for p in x.facts("pairs_with")}, x.relations


def test_entities_since_when_between_a_name_and_its_post(extract):
    x = extract("此外，浙江农林大学副教授周晓岚已于今年3月起挂职青川县科技副县长，分管科技和茶产业工作。")
    assert "周晓岚" in x.names("OFFICIAL"), (x.names("OFFICIAL"), x.names("PERSON"))


@pytest.mark.parametrize("text,short,registered", (
    ("去年，中国华能向德格县拨付帮扶资金3000万元。", "中国华能", "中国华能集团有限公司"),
    ("南方电网选派2名干部到那坡县挂职。", "南方电网", "中国南方电网有限责任公司"),
    ("国药集团与富宁县人民医院签订帮扶协议。", "国药集团", "中国医药集团有限公司"),
))
def test_entities_central_enterprise_by_its_short_name_alone(extract, text, short, registered):
    # a central state-owned enterprise named only short (kg/data/central_enterprises.toml), keyed by its registered
    # name, so that articles naming it either way meet in one node
    x = extract(text)
    assert short in x.names("ENTERPRISE")
    assert any(e.name == short for k, e in x.entities.items() if k == f"org:ENTERPRISE::{registered}")


def test_entities_central_enterprise_short_and_full_name_one_company(extract):
    x = extract("中国长江三峡集团有限公司对口支援巫山县。今年，三峡集团又在巫山县投入资金1.2亿元。"
                "三峡集团巫山分公司也派出了技术人员。")
    ent = x.entity("中国长江三峡集团有限公司")
    assert ent is not None and "三峡集团" in ent.aliases
    assert x.relation("funds", "中国长江三峡集团有限公司", "巫山县") is not None
    # (its branch, whose name opens with the short name, is a company of its own)
    assert "三峡集团巫山分公司" not in ent.aliases


def test_entities_central_enterprise_short_name_not_cut_out_of_a_word(extract):
    x = extract("中国建筑业协会和中国电子商务协会在银川召开年会。")
    assert not x.names("ENTERPRISE"), x.names("ENTERPRISE")


def test_entities_village_of_one_character_right_after_its_place(extract):
    # the division list's 罗村村 and 王家村村 for 罗村 and 王家村, as people write them; a village of one character
    # and 村 only right after a place holding it (乾潭镇罗村), then named again alone
    x = extract("建德市乾潭镇罗村与理县薛城镇结对共建。去年，罗村村民到理县交流。东浦镇王家村也捐赠了物资。")
    assert {"罗村", "王家村"} <= x.names("REGION")
    assert x.relation("pairs_with", "罗村", "薛城镇") is not None
    # (no village where a count of schools precedes 村: 两所村小)
    assert not {n for n in extract("几家爱心企业帮扶了万寨乡的两所村小。").names("REGION") if "所" in n}


def test_entities_central_enterprise_press_name_once_named(extract):
    # a two-character press name (kg/data/central_enterprises.toml ``also``) is the company's once the text names it,
    # but not where it opens a subsidiary's name (中建|三局)
    text = "中国建筑集团有限公司定点帮扶卓尼县。中建向卓尼县教育局捐赠图书。中建三局选派的王睿担任第一书记。"
    x = extract(text)
    ent = x.entity("中国建筑集团有限公司")
    assert ent is not None and "中建" in ent.aliases
    assert x.relation("funds", "中建", "卓尼县教育局") is not None
    assert text.index("中建三局") not in {start for start, _ in ent.spans}


@pytest.mark.parametrize("text,not_places", (
    # a slogan of what each side needs and offers names no place, and the subject before it pairs on
    ("2025年，江阴市坚持“延安所需、江阴所能”，深化与宜川县的东西部协作。", {"延安", "江阴"}),
    # a river's bank (红河, 怒江: the rivers, not the prefectures named by them)
    ("在红河北岸的村寨里，医疗队开展义诊。", {"红河"}),
    ("项目建在怒江东岸。", {"怒江"}),
))
def test_entities_places_in_slogans_and_river_banks_name_none(extract, text, not_places):
    x = extract(text)
    assert not (not_places & x.names("REGION")), x.names("REGION")


def test_relations_subject_pairs_on_past_a_slogan_naming_places(extract):
    x = extract("2025年，江阴市坚持“延安所需、江阴所能”，深化与宜川县的东西部协作。")
    assert x.facts("pairs_with") == {("宜川县", "江阴市")}


@pytest.mark.parametrize("text", ("县委有关负责同志介绍了情况。", "游客李先生说，这里的风景很美。", "我们向王女士了解情况。"))
def test_entities_words_of_address_after_no_name(extract, text):
    x = extract(text)
    assert not (x.names("PERSON") | x.names("OFFICIAL")), x.names("PERSON") | x.names("OFFICIAL")


def test_entities_a_community_named_by_its_lead_hospital_is_the_hospital_and_none_by_our_own(extract):
    x = extract("常州康润医疗器械有限公司捐赠设备，用于汉滨区第一医院医共体基层站点。")
    assert x.names("HOSPITAL") == {"汉滨区第一医院"}, x.names("HOSPITAL")
    x = extract("天津市和平区中心医院还向我院医共体成员单位郭城驿镇中心卫生院捐赠便携式彩超1台，价值28万元。")
    assert "我院医共体" not in x.names("HOSPITAL") and "郭城驿镇中心卫生院" in x.names("HOSPITAL"), x.names("HOSPITAL")
    assert ("天津市和平区中心医院", "郭城驿镇中心卫生院") in x.facts("funds"), x.relations


def test_entities_a_person_giving_of_their_own_after_aixin_renshi(extract):
    assert extract("7.张家港爱心人士顾振华个人捐赠思渠镇中心完小校服600套，价值9万元。").names("PERSON") == {"顾振华"}
    x = extract("另悉，莎车县米夏镇今年还收到爱心人士阿迪力·买买提捐赠的棉被800床。")
    assert x.names("PERSON") == {"阿迪力·买买提"}, x.names("PERSON")


@pytest.mark.parametrize("text,name", (
    ("四十四团卫生院护士长阿依努尔·吐尔地还记得当年的情景。", "阿依努尔·吐尔地"),
    ("疏勒县实验中学教师米热古丽·阿卜杜拉曾到东营市第一中学跟岗学习半年。", "米热古丽·阿卜杜拉"),
    ("男孩的父亲阿布都热依木·买买提第二天一早拎着一篮子核桃站在病房门口。", "阿布都热依木·买买提"),
    # (who he is before, after 的: 老人|的儿子|艾尔肯·买买提)
    ("”老人的儿子艾尔肯·买买提一边说，一边紧紧握住陈立群的手。", "艾尔肯·买买提"),
    # (a verb written over the name's last character and the next: 热西提|出席, not 提出)
    ("县委副书记、县长艾力·阿布都热西提出席会议。", "艾力·阿布都热西提"),
    # a name of three before 刚 and where one went (but 罗成刚|到达: a name of two before it is one of three)
    ("儿科援疆医生刘思敏刚到团场时，卫生院没有暖箱。", "刘思敏"),
    ("记者罗成刚到达现场。", "罗成刚"),
))
def test_entities_names_end_before_adverbs_of_time_and_a_verb_over_their_end(extract, text, name):
    x = extract(text)
    assert name in x.names("PERSON") | x.names("OFFICIAL") and \
        not any(n != name and name in n for n in x.names("PERSON")), x.names("PERSON")


@pytest.mark.parametrize("text,name", (
    ("”玛多县委书记才让太说，玛多将继续深化与黄浦区的交往交流交融。", "才让太"),
    ("县委副书记、县长才让当智陪同考察。", "才让当智"),
    ("果洛州委书记才让东周表示，果洛将用好上海援青这份宝贵资源。", "才让东周"),
    ("玛多县林业和草原局局长尕玛扎西介绍，2023年以来管护员增加。", "尕玛扎西"),
    ("高振宇带的徒弟、藏族医生昂文求培如今已能独立完成冠脉造影。", "昂文求培"),
    ("一年来，孙晓峰带着本地超声医生次旺旦增，跑遍了艾玛乡。", "次旺旦增"),
))
def test_entities_amdo_names_of_two_syllables_and_an_ending(extract, text, name):
    x = extract(text)
    assert name in x.names("PERSON") | x.names("OFFICIAL"), x.entities


def test_entities_no_institution_opens_over_a_verb_of_giving_kept_whole(extract):
    assert not extract("除了人，南海还给学校带来了“物”。").names("SCHOOL")
    assert extract("企业还给宁家村小学送去了图书。").names("SCHOOL") <= {"宁家村小学"}


def test_entities_a_company_supervisor_named_and_a_name_ending_before_zaoyi(extract):
    x = extract("务工人员拖着行李箱下了车，企业人事主管周丽萍早已带着工作人员在门口等候。")
    assert x.names("PERSON") == {"周丽萍"}, x.names("PERSON")
    assert extract("在长垌乡平道村义诊点，村民盘秀英一早就来排队。").names("PERSON") == {"盘秀英"}


def test_entities_no_institution_opens_over_a_verb_of_backing(extract):
    x = extract("我校将全力支持榆林职业技术学院提升办学水平。")
    assert x.names("SCHOOL") == {"榆林职业技术学院"}, x.names("SCHOOL")


def test_entities_a_ministry_department_and_its_heads(extract):
    x = extract("国家发展改革委地区振兴司副司长郑建华表示，将进一步推动对口支援。农业农村部新闻办公室发布消息。")
    assert {"国家发展改革委地区振兴司", "农业农村部新闻办公室"} <= x.names("GOVERNMENT"), x.names("GOVERNMENT")
    assert x.names("OFFICIAL") == {"郑建华"}, x.entities
    x = extract("2022年起，中共中央组织部、教育部等部门组织实施组团式帮扶。")
    assert "中共中央组织部" in x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_a_team_without_its_batch_a_national_body_once_and_no_department_unnamed(extract):
    x = extract("第五批浙江省驻吉对口合作工作组组长说，合作成效明显。")
    assert x.names("GOVERNMENT") == {"浙江省驻吉对口合作工作组"}, x.names("GOVERNMENT")
    x = extract("2022年起，中共中央组织部、教育部等部门组织实施。农业农村部有关司局负责人介绍。")
    assert "中央组织部" not in x.names("GOVERNMENT") and "农业农村部有关司" not in x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_a_place_short_name_before_a_role_after_de_is_no_person(extract):
    x = extract("在昭觉县民族中学支教的余姚教师胡静怡，所带两个班的数学平均分提高了17分。")
    assert x.names("PERSON") == {"胡静怡"}, x.names("PERSON")


@pytest.mark.parametrize("text,name", (
    ("村民马阿不都推开新家的院门，院子里晒着玉米。", "马阿不都"),
    ("村民马尕西木弯着腰，把香菇从菌棒上掰下来。", "马尕西木"),
))
def test_entities_hui_given_names_after_the_family_name(extract, text, name):
    assert extract(text).names("PERSON") == {name}


@pytest.mark.parametrize("text,name", (
    # the first of places written as one after 到 (江门市|新会区)
    ("2023年4月，七台河市桃山区的于海洋到江门市新会区挂职副区长，一干就是一年多。", "于海洋"),
    # now, between the name and the post (目前)
    ("江门市选派的梁志成目前挂职勃利县委常委、副县长，分管招商和对口合作工作。", "梁志成"),
))
def test_entities_an_official_before_his_post_across_places_written_as_one_or_now(extract, text, name):
    assert extract(text).names("OFFICIAL") == {name}


def test_entities_fire_and_rescue_services_a_rescue_charity_and_a_team_detachment(extract):
    x = extract("济南市消防救援支队派出42名指战员于20日抵达刘集乡。无锡市蓝天救援队派出16名队员抵达中川乡。"
                "浙江省驻甘孜工作队康定市工作分队随即派出全部9名队员赶赴姑咱镇。")
    assert {"济南市消防救援支队", "浙江省驻甘孜工作队康定市工作分队"} <= x.names("GOVERNMENT"), x.names("GOVERNMENT")
    assert x.names("ORGANIZATION") == {"无锡市蓝天救援队"}, x.names("ORGANIZATION")
    assert ("济南市消防救援支队", "刘集乡") in x.facts("seconds_staff_to"), x.relations


@pytest.mark.parametrize("text,absent", (
    # one's own "county's" hospital in speech, a stop the segmenter joined to 县, one's child finishing school
    ("“叔，您得谢谢咱县医院自己的医生，手术是小刘主刀。”", "谢谢咱县医院"),
    ("孙立军的手机里，存着一张特别的照片：女儿小学毕业典礼，他不在场。", "女儿小学"),
    # where data go (上传至县人民医院: the county's hospital, unnamed)
    ("两家卫生院的心电图将直接上传至县人民医院心电诊断中心。", "至县人民医院"),
    # the village of each project, no village named (村股份经济合作社, 项目所在村…)
    ("资产移交村股份经济合作社管理。", "村股份经济合作社"),
    ("原则上确权到项目所在村股份经济合作社，收益主要用于分红。", "项目所在村股份经济合作社"),
    ("深圳市坪山区委统战部部长、区工商联党组书记黄晓峰率区工商联（总商会）执委及会员企业代表一行来到凌云县考察。",
     "黄晓峰率区工商联"),
    # a verb of bettering between a village and the thing bettered
    ("江宁援疆资金投入600万元，帮助喀拉达拉镇琼库什台村完善游客服务中心、停车场等配套设施。",
     "喀拉达拉镇琼库什台村完善游客服务中心"),
))
def test_entities_no_institution_opened_by_a_stop_or_a_relative(extract, text, absent):
    x = extract(text)
    names = {n for e in x.entities.values() for n in (e.name, *e.aliases)}
    assert absent not in names, names


@pytest.mark.parametrize("text,absent,present", (
    # a known part of a transcribed name, then a verb of the dictionary (not another part: …·阿不都热合曼)
    ("家住郊区乡的居民哈力别克·吐尔逊复查完后对记者说。", "哈力别克·吐尔逊复查完", "哈力别克·吐尔逊"),
    ("莎车县人民医院副院长热依拉·阿不都热合曼说，孩子的病好了。", "热依拉·阿不都", "热依拉·阿不都热合曼"),
    # a verb and 着 before what a name ends with (带着|合作社技术员), and a verb before its direction (富|起来)
    ("他在村里住了一个生长季，带着合作社技术员逐棚记录数据。", "带着合作社", None),
    ("企业进来，药农富起来", "富起", None),
    # a verb before the place a school's name opens with (临夏县新建|韩集镇中心小学)
    ("济南高新区安排帮扶资金1350万元，支持临夏县新建韩集镇中心小学综合楼。", "临夏县新建韩集镇中心小学", "韩集镇中心小学"),
    # stages of schooling and the county town name the place's schools, none of them
    ("力争在2025年实现两地义务教育阶段学校结对全覆盖。", "义务教育阶段学校", None),
    ("实现县城学校和乡镇中心小学结对全覆盖。", "县城学校", None),
))
def test_entities_names_end_at_verbs_their_words_do_not_hold(extract, text, absent, present):
    x = extract(text)
    names = {n for e in x.entities.values() for n in (e.name, *e.aliases)}
    assert absent not in names and (present is None or present in names), names


def test_entities_a_team_named_for_its_协作_and_two_bodies_joined_by_it(extract):
    x = extract("崂山区协作礼县工作组组长王明说，今年将继续推进。")
    assert "崂山区协作礼县工作组" in x.names("GOVERNMENT"), x.names("GOVERNMENT")
    x = extract("——国家税务总局天津市和平区税务局对口协作会宁县税务局见闻")
    assert {"国家税务总局天津市和平区税务局", "会宁县税务局"} <= x.names("GOVERNMENT"), x.names("GOVERNMENT")


def test_entities_a_zone_named_in_full_and_short_is_one_node(extract):
    x = extract("济南高新技术产业开发区选派的专业技术人才抵达临夏县。自2021年以来，高新区先后选派医生、教师120余名来临夏县开展帮扶。")
    zones = [e for e in x.entities.values() if e.type == "REGION" and "高新" in e.name]
    assert len(zones) == 1 and "高新区" in zones[0].aliases, zones
    # a bare zone after one named in full is that zone, not one of the city named nearest before it
    x = extract("臻美家具在广元经开区投资3.2亿元。“来广元之前，我们也犹豫过。”湖州籍董事长说，让他下定决心的，是经开区承诺的服务。")
    assert [e.name for e in x.entities.values() if e.type == "REGION" and "经开区" in e.name] == ["广元经开区"], x.entities


def test_entities_a_peach_orchard_is_no_city_and_its_farmer_a_title(extract):
    x = extract("惠山区阳山镇桃源村的桃园里，学员正跟着老桃农华建新说话。")
    assert "桃园市" not in x.names("REGION") and "华建新" in x.names("PERSON"), x.entities


@pytest.mark.parametrize("text,absent", (
    # a word of three closing with 的 before an institution's ending (not 美的: a brand)
    ("小小的卫生院门口，天不亮就排起了长队。", "小小的卫生院"),
    # a verb the segmenter may cut opens no community after its subdistrict
    ("阿拉达尔吐苏木先后选派6名嘎查干部到云岗街道跟岗学习社区治理经验。", "跟岗学习社区"),
    # a sumu's Party committee, the sumu unnamed
    ("苏木党委书记包宝山告诉记者，今年很忙。", "苏木党委"),
    # the city's hospitals, a class (市属: the city's own)
    ("厦门大学附属第一医院等厦门市属医院先后选派21名医疗骨干到左贡县人民医院开展帮扶。", "厦门市属医院"),
    # a park and a company after 和 are two
    ("代表团考察了乔庄镇东西部协作产业园和浙江安吉竹韵家居有限公司青川生产基地。", "乔庄镇东西部协作产业园和浙江安吉竹韵家居有限公司"),
))
def test_entities_no_name_of_a_class_a_phrase_or_two_things(extract, text, absent):
    x = extract(text)
    names = {n for e in x.entities.values() for n in (e.name, *e.aliases)}
    assert absent not in names, names


def test_entities_a_brand_closing_with_的_keeps_it(extract):
    assert "美的集团" in extract("广东省扶贫基金会联合美的集团向林芝二高捐赠价值120万元的智慧教室设备。").names("ENTERPRISE")


def test_entities_a_company_named_in_latin_letters_after_a_word_of_its_kind(extract):
    x = extract("奉化区结对甘洛县。德资企业Kessler还把产业链延伸到了大凉山。2024年，Kessler在新市坝镇投资800万元设立线束加工厂。")
    assert x.names("ENTERPRISE") == {"Kessler"}, x.entities
    r = x.relation("funds", "Kessler", "新市坝镇")
    assert r is not None and int(r.amount_cny) == 8_000_000, x.relations
    # letters that name a device, all capitals, are no company (捐赠AED 30台)
    assert not extract("东丽区红十字会向甘谷县中小学捐赠AED 30台，总价值约45万元。").names("ENTERPRISE")


def test_entities_a_short_name_is_not_of_a_branch_named_with_it(extract):
    x = extract("韩雪晨是北京市第二中学选派到阿尔山分校支教的教师。2022年，北京二中阿尔山分校正式挂牌。目前，北京二中共有6名教师常驻阿尔山分校。")
    assert ("北京", "北京二中阿尔山分校") not in x.facts("seconds_staff_to"), x.relations
    short = next(e for e in x.entities.values() if "北京二中" in (e.name, *e.aliases) and e.type == "SCHOOL")
    assert short.name == "北京市第二中学", x.entities


def test_entities_a_zone_named_after_a_date(extract):
    x = extract("在安顺经开区挂职的西海岸新区干部张建新介绍，2019年西海岸新区共安排安顺经开区财政帮扶资金2100万元。")
    assert "年西海岸新区" not in x.names("REGION") and "西海岸新区" in x.names("REGION"), x.names("REGION")


@pytest.mark.parametrize("text,absent,present", (
    ("把妇女儿童工作作为协作的重要内容。", "童工作", None),
    ("花山岩画景区周边的乡村民宿集群今年开业。", "宿集群", None),
    # (not a title after its body's ending: 中学|校长白正华)
    ("墨江县第一中学校长白正华说，孩子们进步很快。", None, "白正华"),
))
def test_entities_no_title_made_of_the_ends_of_two_words(extract, text, absent, present):
    names = extract(text).names("PERSON")
    assert absent not in names and (present is None or present in names), names


def test_entities_a_brand_the_segmenter_cut_into_function_words_runs_back_to_its_place(extract):
    for text, name in [("天津津于农牧科技有限公司在于田县投资1.2亿元建设肉羊养殖项目。", "天津津于农牧科技有限公司"),
                       ("浙江长兴华越线束有限公司在普安镇投资1200万元建设了这个工坊。", "浙江长兴华越线束有限公司"),
                       ("杭州果然鲜农业科技有限公司在苍溪县投资6200万元。", "杭州果然鲜农业科技有限公司"),
                       ("北京森源和盛食用菌科技有限公司在黄旗镇投资2800万元。", "北京森源和盛食用菌科技有限公司")]:
        assert extract(text).names("ENTERPRISE") == {name}, (text, extract(text).names("ENTERPRISE"))
    # (but not over a verb or a time between the place and the company: 浙江引进|农业科技有限公司)
    assert "浙江引进农业科技有限公司" not in extract("浙江引进农业科技有限公司3家。").names("ENTERPRISE")


def test_entities_a_brand_and_gongsi_shared_by_two_companies_names_neither(extract):
    x = extract("宁波甬凉农业发展有限公司和宁波甬凉服饰有限公司落户昭觉县。甬凉公司向昭觉县捐赠20万元。")
    assert x.relation("funds", "宁波甬凉农业发展有限公司", "昭觉县") is None
    assert x.relation("funds", "宁波甬凉服饰有限公司", "昭觉县") is None


@pytest.mark.parametrize("text,typ,name", (
    ("张家港市港城社会工作服务中心与官舟镇社工站建立结对帮带关系。", "ORGANIZATION", "官舟镇社工站"),
    ("天津市和平区老年养护院派出护理骨干到郭城驿镇中心敬老院驻点。", "ORGANIZATION", "天津市和平区老年养护院"),
    ("去年9月，厦门鹭安护理院选派4名护理骨干到康乐县社会福利院驻点帮扶。", "HOSPITAL", "厦门鹭安护理院"),
    # a set phrase closing with a function word that names a fund (见义勇为)
    ("广州市见义勇为基金会向毕节市见义勇为基金会捐助奖励资金30万元。", "ORGANIZATION", "广州市见义勇为基金会"),
))
def test_entities_social_work_stations_care_homes_nursing_hospitals_and_funds(extract, text, typ, name):
    assert name in extract(text).names(typ), extract(text).names(typ)


@pytest.mark.parametrize("text,rtype,head,tail", (
    # a county's vocational school by its short form and 中职
    ("沿河土家族自治县中等职业学校今年招生600人。两年来，张家港市先后选派14名骨干教师到沿河中职支教。",
     "seconds_staff_to", "张家港市", "沿河土家族自治县中等职业学校"),
    # 职教中心, written long either way: the one the text names
    ("石泉县职业技术教育中心今年招生500人。常州技师学院选派3名骨干教师常驻县职教中心开展支教。",
     "seconds_staff_to", "常州技师学院", "石泉县职业技术教育中心"),
))
def test_entities_vocational_schools_by_their_short_endings(extract, text, rtype, head, tail):
    assert extract(text).relation(rtype, head, tail) is not None


def test_entities_vocational_schools_of_a_place_and_a_banners_hospital_are_no_names(extract):
    x = extract("资助泉州市中职学生和毕节籍中职学生。远程会诊室并不只服务旗医院。")
    assert not x.names("SCHOOL") and not x.names("HOSPITAL"), (x.names("SCHOOL"), x.names("HOSPITAL"))


def test_entities_a_power_grid_branch_is_its_company_not_a_bureau(extract):
    x = extract("2022年，广东电网有限责任公司广州供电局与贵州电网有限责任公司毕节供电局签订东西部协作结对帮扶协议。")
    assert x.names("ENTERPRISE") == {"广东电网有限责任公司广州供电局", "贵州电网有限责任公司毕节供电局"}, x.names("ENTERPRISE")
    assert not x.names("GOVERNMENT")
    assert x.relation("pairs_with", "广东电网有限责任公司广州供电局", "贵州电网有限责任公司毕节供电局") is not None


@pytest.mark.parametrize("text,rtype,head,tail", (
    # a customs house its place's short form opens inside one segmenter word (上海海关)
    ("今年4月，上海海关与拉萨海关签订新一轮对口支援协议。", "pairs_with", "上海海关", "拉萨海关"),
    # border posts, named for their port with no place of the gazetteer, the same by their short ending
    ("今年5月，深圳出入境边防检查总站与红其拉甫出入境边防检查站签订结对共建协议。深圳边检总站先后派出4名业务骨干到红其拉甫边检站跟班帮带。",
     "seconds_staff_to", "深圳出入境边防检查总站", "红其拉甫出入境边防检查站"),
    ("上海出入境边防检查总站则向亚东边境管理大队捐赠了价值45万元的执勤装备。", "funds", "上海出入境边防检查总站", "亚东边境管理大队"),
))
def test_entities_customs_houses_and_border_posts(extract, text, rtype, head, tail):
    assert extract(text).relation(rtype, head, tail) is not None


def test_entities_provinces_written_short_name_no_port(extract):
    assert "闽宁海关" not in extract("同日，福州海关与银川海关也签署了闽宁海关协作备忘录。").names("GOVERNMENT")


@pytest.mark.parametrize("text,name", (
    ("湖州市农业科学研究院与苍溪县猕猴桃产业发展中心结成帮扶对子。", "苍溪县猕猴桃产业发展中心"),
    ("今年5月，深圳市农业科技促进中心向田东县捐赠芒果嫁接苗2万株，价值85万元。", "深圳市农业科技促进中心"),
    ("青岛农业大学与礼县果业发展中心结成帮扶对子。", "礼县果业发展中心"),
))
def test_entities_a_countys_service_centres_for_a_trade_are_its_bodies(extract, text, name):
    assert name in extract(text).names("GOVERNMENT"), extract(text).names("GOVERNMENT")


def test_entities_a_bodys_party_committee_in_a_post_is_the_body(extract):
    x = extract("广州市公安局天河区分局副局长何建峰自2024年2月起挂职威宁县公安局党委副书记、副政委。")
    assert "威宁县公安局" in x.names("GOVERNMENT") and "威宁县公安局党委" not in x.names("GOVERNMENT"), x.names("GOVERNMENT")
    assert "巴楚县人民医院" in extract("巴楚县人民医院党委书记艾力·买买提表示感谢。").names("HOSPITAL")
    # (a committee acting on its own stays one: 党建结对)
    x = extract("天宁区人民医院党委与玛沁县人民医院党委当天签订结对共建协议。")
    assert x.relation("pairs_with", "天宁区人民医院党委", "玛沁县人民医院党委") is not None


def test_entities_national_mass_organisations_are_organisations_and_a_time_word_ends_a_dotted_name(extract):
    x = extract("共青团中央和全国妇联联合开展活动，国务院国资委参加。")
    assert {"共青团中央", "全国妇联"} <= x.names("ORGANIZATION") and "国务院国资委" in x.names("GOVERNMENT"), x.entities
    assert "阿依谢姆·吾斯曼" in extract("车间组长阿依谢姆·吾斯曼以前在家务农。").names("PERSON")


@pytest.mark.parametrize("text", (
    "青川县第一中学位于县城。2023年8月，杭州市西湖高级中学选派4名骨干教师到县一中支教。",
    "青川县第一中学位于县城。2023年8月，杭州市西湖高级中学选派4名骨干教师到青川一中支教。",
))
def test_entities_a_middle_school_by_its_number_is_the_one_named_in_full(extract, text):
    x = extract(text)
    assert x.relation("seconds_staff_to", "杭州市西湖高级中学", "青川县第一中学") is not None, x.relations
    assert len([e for e in x.entities.values() if e.type == "SCHOOL"]) == 2, x.names("SCHOOL")


def test_entities_a_division_of_one_digit_written_short_before_its_city_or_a_regiment(extract):
    x = extract("2024年，台州市选派12名农业技术人员到一师十团、十二团开展技术服务。")
    assert x.relation("seconds_staff_to", "台州市", "十团") is not None, x.facts("seconds_staff_to")
    x = extract("据统计，台州累计向一师阿拉尔市投入援疆资金23.6亿元。")
    assert x.entity("一师阿拉尔市") is not None and x.relation("funds", "台州", "一师阿拉尔市") is not None, x.facts("funds")
    assert not extract("推进一师一优课，三师团队到校。").names("REGION")


def test_entities_a_short_form_of_a_place_elsewhere_after_a_place_is_a_schools_brand(extract):
    assert "靖江市滨江学校" in extract("靖江市滨江学校与永寿县甘井中学结成帮扶对子。").names("SCHOOL")
    # (but a place's schools are none, nor what is newly built: 新建)
    x = extract("海淀区投入援藏资金3860万元，用于堆龙德庆区新建学校食堂。天津优质学校来帮扶。")
    assert not x.names("SCHOOL"), x.names("SCHOOL")


def test_entities_a_village_opening_with_he_named_before_with_its_township_is_that_village_again(extract):
    x = extract("皋兰县黑石镇和平村位于山区。2023年，东丽区投入东西部协作资金202万元，支持和平村建设二期肉牛养殖场。")
    assert x.relation("funds", "东丽区", "和平村") is not None, x.facts("funds")


def test_entities_two_places_joined_by_a_dot_are_no_transliterated_name(extract):
    x = extract("——余姚市委书记沈立峰在余姚·昭觉东西部协作工作座谈会上的讲话（摘要）")
    assert x.names("OFFICIAL") == {"沈立峰"}, x.names("OFFICIAL")
    assert not extract("青川县委书记在西湖·青川东西部协作联席会议上表示。").names("OFFICIAL")
    assert "阿迪力·吐尔洪" in extract("乡长阿迪力·吐尔洪出席。").names("OFFICIAL")


def test_entities_what_two_found_together_with_no_place_is_no_name_yet(extract):
    x = extract("在宁波市的协调下，宁波职业技术学院与西昌学院结对共建直播电商产业学院。")
    assert x.names("SCHOOL") == {"宁波职业技术学院", "西昌学院"}, x.names("SCHOOL")
    x = extract("纳雍县穗雍小学是一所新学校。广州市白云区投入东西部协作资金4500万元援建穗雍小学新校区。")
    rel = x.relation("funds", "白云区", "纳雍县穗雍小学")
    assert rel is not None and rel.amount_cny == 45000000, x.facts("funds")


@pytest.mark.parametrize("text,typ,names", (
    ("前两天塘桥镇商会又捐了20万元。", "ORGANIZATION", {"塘桥镇商会"}),  # a count of days is no part of a name
    ("沈浩（张家港市塘桥镇挂职中界镇副镇长）", "SCHOOL", set()),  # 挂职|中界镇: no 职中
    ("福州三中和闽宁中学是结对学校。", "SCHOOL", {"福州三中", "闽宁中学"}),  # a school by its number, then 和
    ("比我们济南一些学校的还新。", "SCHOOL", set()),  # some of a place's schools
))
def test_entities_counts_of_days_secondments_numbered_schools_and_some_schools(extract, text, typ, names):
    assert extract(text).names(typ) == names, extract(text).names(typ)


def test_entities_a_groups_brand_before_the_place_and_places_counted_in_a_list(extract):
    x = extract("截至今年5月，华能西藏雅鲁藏布江水电开发投资有限公司在拉萨市投资建设的光伏电站并网。")
    assert x.names("ENTERPRISE") == {"华能西藏雅鲁藏布江水电开发投资有限公司"}, x.names("ENTERPRISE")
    x = extract("截至目前，上海、山东、黑龙江、吉林四省市和中国宝武、中国中化两家中央企业累计在日喀则投入援藏资金。")
    assert "吉林四省市" not in x.names("ENTERPRISE"), x.names("ENTERPRISE")


def test_entities_list_lines_opening_with_a_padded_two_character_name(extract):
    x = extract("获奖名单如下：\n钱　俊　常州市武进区商务局对口协作科科长\n杨　帆　关家镇党委副书记、镇长\n")
    assert {"钱俊", "杨帆"} <= x.names("OFFICIAL"), x.names("OFFICIAL")
    # (one such line alone is no list)
    assert not extract("天气晴\n风　大　今天不出门\n").names("PERSON")


@pytest.mark.parametrize("text,typ,names", (
    ("明理实验学校家长委员会则向乐业县第三初级中学捐赠冬衣600件。", "ORGANIZATION", {"明理实验学校家长委员会"}),
    ("2024年，横琴粤澳深度合作区向正安县投入财政援助资金6850万元。", "REGION", {"横琴粤澳深度合作区", "正安县"}),
    ("接下来学校将把同步课堂拓展到语文。还为全镇小学英语教师开设了6期培训。", "SCHOOL", set()),
))
def test_entities_parents_committees_deep_cooperation_zones_and_unnamed_schools(extract, text, typ, names):
    assert extract(text).names(typ) == names, extract(text).names(typ)


def test_entities_a_regiments_company_named_alone_after_the_regiment(extract):
    x = extract("2024年，台州市选派12名农业技术人员到一师十团开展技术服务。签约当天，箬横镇向十一连捐赠了价值15万元的农用物资。")
    assert x.relation("funds", "箬横镇", "十一连") is not None, x.facts("funds")
    # (not 一连, "in a row", nor with no regiment named before)
    assert "一连" not in extract("一师十团职工一连几天都在地里。").names("REGION")
    assert not extract("箬横镇向十一连捐赠了物资。").names("REGION") - {"箬横镇"}


def test_entities_a_yi_name_with_a_given_name_of_one_before_说(extract):
    x = extract("村民俄木初说，家里的牦牛多了。村民俄木日火表示感谢。")
    assert {"俄木初", "俄木日火"} <= x.names("PERSON") and "俄木初说" not in x.names("PERSON"), x.names("PERSON")


def test_entities_no_given_name_ends_with_是(extract):
    assert extract("骨科医生欧阳锐是今年1月来的，每周三坐诊。").names("PERSON") == {"欧阳锐"}
    assert "王浩" in extract("支教老师王浩是去年来的。").names("PERSON")
