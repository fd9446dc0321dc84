"""Quantities: the numbers a prevention report counts, and the numbers it only mentions.

Each row is a short sentence in the style of the genre with the one quantity it
reports, as (value, unit, counts, approx), or None where gold-format.md says
nothing in it is a quantity (dates, times, ages, durations, distances, case
counts, hotlines, slogans, ordinals, list numbering, years, percentages).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from epikg.extract.quantities import find_quantities, parse_number

Q = tuple[int | float | str, str, str | None, bool]

QUANTITIES: list[tuple[str, Q | None]] = [
    # what the response counts: sites, people, vehicles, samples, money
    ("在24小时之内,设置集中管控点55个,全力防控。", (55, "个", "集中管控点", False)),
    ("各卡点共检查车辆约4.4万辆。", (44000, "辆", "车辆", True)),
    ("全县日接种量突破8000剂次。", (8000, "剂次", "日接种量", True)),  # broke through: more than
    ("截至目前,累计采样55万余人次。", (550000, "人次", "采样", True)),
    ("县红十字会共接收捐款101.8万元。", (1018000, "元", "捐款", False)),
    # the subject and its adverb are not what is counted: the contacts traced are
    ("截至4月11日,该镇已追踪密切接触者6人。", (6, "人", "密切接触者", False)),
    ("全镇5000多人参与疫情防控工作。", (5000, "人", None, True)),
    ("核酸日检测能力达4.98万人次。", (49800, "人次", "核酸日检测能力", False)),
    # a large unit after 余 or 多 multiplies the number before it
    ("共发放口罩10余万只。", (100000, "只", "口罩", True)),
    ("累计排查十多万人次。", (100000, "人次", "排查", True)),
    ("接收社会捐款1360余万元。", (13600000, "元", "社会捐款", True)),
    ("全区累计采样42.6万人份。", (426000, "人份", "采样", False)),  # kits per person, not persons
    ("梨树县环卫处350名职工坚守岗位。", (350, "名", "职工", False)),
    ("全县设立党员先锋岗992个。", (992, "个", "党员先锋岗", False)),
    ("全县共组建党员突击队440个,汇集党员4085名。", (440, "个", "党员突击队", False)),
    ("累计排查管控重点人员3000余人。", (3000, "人", "管控重点人员", True)),
    ("共取消酒宴10场。", (10, "场", "酒宴", False)),
    ("藻溪镇取消酒席143桌。", (143, "桌", "酒席", False)),
    ("共取消或延期红白喜事40起。", (40, "起", "红白喜事", False)),
    ("热线累计登记交办416件。", (416, "件", "交办", False)),
    ("共摸排返乡人员信息5000多条。", (5000, "条", "返乡人员信息", True)),
    ("南县累计检测样本696494份,结果均为阴性。", (696494, "份", "样本", False)),
    ("成立了89支党员干部突击队。", (89, "支", "党员干部突击队", False)),
    ("全县共建立疫情防控网格1046 个。", (1046, "个", "疫情防控网格", False)),
    ("该大队共出动警力315人(次)。", (315, "人次", "警力", False)),
    ("累计登记车辆15656辆次。", (15656, "辆次", "车辆", False)),
    ("服务点共检查船只15运次。", (15, "运次", "船只", False)),
    ("进口货物消毒1.6万件次。", (16000, "件次", "进口货物消毒", False)),  # any unit + 次
    ("村里封闭了5条次要道路。", (5, "条", None, False)),  # 次 opens 次要: 5 条, no 条次 (封闭了: no noun)
    ("在重点地段设置卡口65个。", (65, "个", "卡口", False)),
    ("累计摸排23万余人。", (230000, "人", "摸排", True)),
    # Chinese numerals and mixed forms
    ("组建六个工作专班。", (6, "个", "工作专班", False)),
    ("设置三处咨询服务卡点。", (3, "处", "咨询服务卡点", False)),
    ("共招募大学生志愿者两千名。", (2000, "名", "大学生志愿者", False)),
    ("动员一百二十名党员下沉社区。", (120, "名", "党员", False)),
    ("累计劝返3万5千人次。", (35000, "人次", "劝返", False)),
    # numerals with a measure word the genre writes (issue 13, item 4)
    ("在村口设置一个卡点。", (1, "个", "卡点", False)),
    ("工作队就在村口搭起一个卡点。", (1, "个", "卡点", False)),
    ("村里只有一条路通往镇政府所在地。", (1, "条", "路", False)),
    ("镇里还征用3家酒店作为集中医学观察点。", (3, "家", "酒店", False)),
    ("县民政局紧急调拨帐篷60顶。", (60, "顶", "帐篷", False)),
    ("全县3000名干部目前仍坚守在一线。", (3000, "名", "干部", False)),
    ("镇里在两条主要公路设卡。", (2, "条", "主要公路", False)),
    ("将社区28个居民组划分为6大网格。", (28, "个", "居民组", False)),
    ("南河社区等12个高风险区连续5天未发现新增感染者。", (12, "个", "高风险区", False)),
    ("社区内9栋楼被划为封控区。", (9, "栋", "楼", False)),
    ("志愿者已为隔离户代购生活物资60余次。", (60, "次", "生活物资", True)),
    # money of another country, by its own unit
    ("美国纽约台山同乡会捐款2万美元。", (20000, "美元", "美国纽约台山同乡会捐款", False)),
    # booklets printed, a title before them
    ("编印《防控知识手册》2万册。", (20000, "册", "《防控知识手册》", False)),
    # what the teams are made of is not what is counted, before the number or after it
    ("还组建了36支由返乡大学生组成的青年志愿服务队。", (36, "支", "青年志愿服务队", False)),
    ("组建由党员、网格员组成的志愿服务队3支。", (3, "支", "志愿服务队", False)),
    ("村里组建了两支队伍轮流值守。", (2, "支", "队伍", False)),
    ("全镇共设立20余个服务点。", (20, "个", "服务点", True)),
    ("近百人报名参加志愿服务。", (100, "人", "报名", True)),
    ("抽调十余名干部下沉社区。", (10, "名", "干部", True)),
    ("全县出动三万人次开展排查。", (30000, "人次", "出动", False)),
    ("发放宣传资料两千五百份。", (2500, "份", "宣传资料", False)),
    ("设置临时采样点3-5个。", (3, "个", "临时采样点", False)),
    ("突击队吸收至少一名快递员。", (1, "名", "快递员", True)),
    ("将全村划分为4大网格。", (4, "个", "网格", False)),
    ("共采购消毒液50箱。", (50, "箱", "消毒液", False)),
    ("景洪市、勐腊县各派出一支医疗队。", (1, "支", "医疗队", False)),  # one team sent: counted
    ("个体工商户拉来两车矿泉水。", (2, "车", "矿泉水", False)),  # a cartload
    ("立案查处哄抬物价案件7宗。", (7, "宗", "哄抬物价案件", False)),
    ("为各卡点配备测温枪40把。", (40, "把", "测温枪", False)),
    ("为独居老人买菜30余次。", (30, "次", "为独居老人买菜", True)),
    ("密切接触者12人已全部隔离。", (12, "人", "密切接触者", False)),
    # approximation words and ranges
    ("超过500人参与排查。", (500, "人", None, True)),
    ("逾千人报名当志愿者。", (1000, "人", "报名当志愿者", True)),
    ("近20000人次接受筛查。", (20000, "人次", "接受筛查", True)),
    ("共发放口罩1000只以上。", (1000, "只", "口罩", True)),
    # forms a synthetic sweep found missing: a round number with 余, a grouped number of ten thousands, a
    # vague pair of ten thousands, a count of banquets over a bound (no gathering's size)
    ("招募志愿者百余名。", (100, "名", "志愿者", True)),
    ("千余人参与排查。", (1000, "人", None, True)),
    ("社会各界捐赠百余万元。", (1000000, "元", "社会各界捐赠", True)),
    ("累计接收捐款1,628万元。", (16280000, "元", "捐款", False)),
    ("村民自发捐款七八万元。", (70000, "元", "村民自发捐款", True)),
    ("各村共劝停超过500场宴席。", (500, "场", "宴席", True)),
    # a verb right before the number: what it counts follows the measure word, whatever the measure word
    ("全县投入400余万元防控资金。", (4000000, "元", "防控资金", True)),
    ("民警开展100余次巡逻。", (100, "次", "巡逻", True)),
    ("村干部劝停了8次喜宴。", (8, "次", "喜宴", False)),
    ("镇里进行了3次全员核酸检测。", (3, "次", "全员核酸检测", False)),
    ("某企业捐赠50万元,用于购买防疫物资。", (500000, "元", "某企业捐赠", False)),  # no noun after
    # a verb with its result (追踪到, 排查出): what it counts starts after the complement
    ("目前累计追踪到密切接触者220人。", (220, "人", "密切接触者", False)),
    ("今日排查出发热人员6人。", (6, "人", "发热人员", False)),
    ("镇里组织到岗人员40人。", (40, "人", "到岗人员", False)),
    ("共排查出租屋1.8万间。", (18000, "间", "出租屋", False)),
    # a predicate right after the measure word: what it counts came before (the object of 组织, 调集)
    ("全县组织医务人员3000余名开展核酸检测。", (3000, "名", "医务人员", True)),
    ("县里调集医护人员50名支援一线。", (50, "名", "医护人员", False)),
    ("桑植县澧源镇组织党员志愿者120余人值守。", (120, "人", "党员志愿者", True)),
    # people that make up a team: the team after 的; a scope after a preposition is not what is counted
    ("该镇组织起一支近百人的志愿者队伍。", (100, "人", "志愿者队伍", True)),
    ("朱河镇已对全镇1.8万户开展入户排查。", (18000, "户", None, False)),
    # brackets and adverbs of extent are not part of what is counted
    ("全县设立卡点(12个)。", (12, "个", "卡点", False)),
    ("86个行政村全面开展排查。", (86, "个", "行政村", False)),
    ("五六十名党员轮流值守。", (50, "名", "党员", True)),  # a vague pair of tens
    ("全镇排查三四百户。", (300, "户", "排查", True)),
    ("40来人报名当志愿者。", (40, "人", "报名当志愿者", True)),  # about forty
    ("累计筛查群众上百万人次。", (1000000, "人次", "群众", True)),
    # a figure per person or per site is a reported number (gold-format.md excludes frequencies, not these)
    ("每个卡点安排3至5个工作人员。", (3, "个", "工作人员", False)),
    ("社区干部每人分包4个居民组。", (4, "个", "居民组", False)),
    ("网格员与志愿者2人一组上门登记。", (2, "人", "网格员与志愿者", False)),
    ("全镇设置3至5个临时采样点。", (3, "个", "临时采样点", False)),
    ("准备办红白喜宴的有七八户。", (7, "户", "准备办红白喜宴", True)),
    # not quantities: dates and times
    ("2月2日晚上约9时30分,记者来到金乡镇。", None),
    ("2022年4月4日,小区宣布解封。", None),
    # ages, durations, distances
    ("75岁的老党员坚守一线。", None),
    ("收录于话题 #疫情防控 #村务公开 23个", None),  # a WeChat topic's article count, past two hashtags
    (
        "村里有300多人在外务工,春节前陆续返乡。",
        None,
    ),  # the village's people working away, no response's count
    ("16:29从重庆乘坐动车(D753次03车厢)到达阆中。", None),  # a carriage's number, no cartload
    ("严格执行24小时值勤轮班制度。", None),
    ("排查近14天内从中高风险地区返乡人员。", None),
    ("他在防疫战线整整工作了36个年头。", None),
    ("排队时保持1米距离。", None),
    ("驱车50分钟赶到这里。", None),
    # case counts, hotlines, population
    ("苍南新型肺炎确诊病例7例。", None),
    ("当日诊断为疑似12人。", None),
    ("村里4人先后被确诊为新冠肺炎。", None),
    ("目前该村确诊人数已达7人。", None),
    ("新增病例中女性5人,男性7人。", None),
    ("其中女性志愿者20人。", (20, "人", "女性志愿者", False)),
    ("村里组织妇女50人缝制口罩。", (50, "人", "妇女", False)),
    ("“12345”热线全天受理群众举报。", None),
    ("这个有着10余万人口的经济大镇。", None),
    # slogans, models, ordinals, list numbering, percentages, articles
    ("启动“户屯县”三道防线。", None),
    ("领导小组、“一办十五组”统筹协调。", None),
    ("严格实施“五包一”责任制。", None),
    ("全面落实“1+6”隔离管控模式。", None),
    ("做到“三统一”。", None),
    ("落实“25条紧急措施”。", None),
    ('完善"一办五组"工作机制。', None),  # straight quotes, as badly converted pages write them
    ('在"两站一点"设卡,共设置卡点12个。', (12, "个", "卡点", False)),  # the count after the slogan
    ("已完成第五轮全员核酸检测。", None),
    ("村里用一辆三轮车运送物资。", None),  # a tricycle, no round
    ("在与五台县交界的路口设卡。", None),  # a county's name opens with a numeral and a measure word
    ("三台县芦溪镇开展全员核酸检测。", None),
    ("发布时间:2022-03-14\n组建党员突击队。", None),  # a date's day and the next line's first word
    ("第一时间成立领导小组。", None),
    ("一是认清形势,二是采取有力措施。", None),
    ("已完成首针接种,占常住人口的66.86%。", None),
    ("作为一名党员,我必须冲在前面。", None),
    ("一个个工作组相继成立。", None),
    ("每户人家每两天派一人出门采购物资。", None),
    ("评论 0人参与,0条评论", None),
    ("作者:宣传科 阅读:1325次", None),  # the page's counter
    ("收录于合集 #疫情防控 18个", None),  # a collection's size
    ("四套班子领导全部下沉一线。", None),
    # no exact value, demonstratives, fixed phrases, frequencies (issue 13, item 4)
    ("数十人自发赶来帮忙。", None),
    ("几百名群众排队等候。", None),
    ("这三件事必须落实到位。", None),
    ("上述5个卡点全部撤除。", None),
    ("大家一起把好这道关。", None),
    ("全体人员统一着装。", None),
    ("一把手亲自抓。", None),
    ("返乡人员一律居家观察。", None),
    ("工作人员每天两次消毒。", None),
    ("每天对村道、垃圾点消杀两次。", None),  # how often, said at the clause's start
    ("镇里已完成全域消杀1.6万平方米。", (16000, "平方米", "镇里已完成全域消杀", False)),
    ("日检测能力提升至1.5万管。", (15000, "管", "日检测能力", False)),  # the verb of change is no part of it
    ("三管齐下抓防控。", None),  # an idiom
    ("该病例乘坐K1234次列车返回。", None),  # a train's number
    # prices, a rule's allowance, a population, an address
    ("超市白菜每斤3元。", None),
    ("药店口罩售价1.5元。", None),
    ("每户限1人外出采购。", None),
    ("全县人口10余万人。", None),
    ("居民家住3号楼2单元。", None),
    ("关停网吧46家、KTV12家。", (46, "家", "网吧", False)),  # the first; KTV's 12 counts too
    ("两项工作都要做到不漏一户。", None),  # the tasks a leader names
    ("累计开展消杀300余次。", (300, "次", "消杀", True)),
    ("每隔3天开展一轮排查。", None),
    ("落实“四个不”要求。", None),
    ("坚持五个到位。", None),
    ("第三批医疗队今天出发。", None),
    ("24个小时不间断值守。", None),
    ("支部书记已在路口守了三个通宵。", None),  # nights on duty: a duration
    ("两个晚上没合眼。", None),
    ("一次性发放口罩3000只。", (3000, "只", "口罩", False)),
    ("统一设置3个卡点。", (3, "个", "卡点", False)),
    ("全县已完成三轮全员核酸检测。", (3, "轮", "全员核酸检测", False)),  # rounds done, not the third
    ("村里只留一个出入口。", (1, "个", "出入口", False)),
    ("出动宣传车120余台次。", (120, "台次", "宣传车", True)),
    ("村部设了一个采样点。", (1, "个", "采样点", False)),
    ("全县动员一万余名党员。", (10000, "名", "党员", True)),
    ("联合公安部门组建流调队伍26支。", (26, "支", "流调队伍", False)),  # 伍 of 队伍 is no numeral 5
    ("下沉党员分成四个小组。", (4, "个", "小组", False)),  # groups counted; `3人小组` is a team's name
    ("成立3人小组。", None),
    # a rule's limit, not a count
    ("农村聚餐人数原则上控制在10人以下。", None),
    ("聚餐不超过50人。", None),
    ("100人以上的聚会一律不得举办。", None),  # the size a ban starts from
    ("三十人以上会议全部延期。", None),
    ("原则上不举办超过20人的聚餐。", None),
    ("组建了一支超过200人的志愿者队伍。", (200, "人", "志愿者队伍", True)),  # a team is counted
    ("镇里还给村里送去消毒液20桶。", (20, "桶", "消毒液", False)),  # barrels
    ("原定正月初八办的两桩喜事,主家也主动推迟。", (2, "桩", "喜事", False)),  # events put off
    (
        "在县人民医院设立了固定接种点11个。",
        (11, "个", "固定接种点", False),
    ),  # the verb's particle goes with it
    ("各卡点累计检查过往车辆2100余辆。", (2100, "辆", "过往车辆", True)),  # but 过往 is a word (passing)
    # case counts, phone numbers, a household's spending
    ("全县新增确诊病例2人。", None),
    ("无症状感染者3名已转运。", None),
    ("救治3名确诊患者。", None),
    ("在入境人员落地检中发现2名核酸检测阳性人员。", None),  # the positives: cases
    ("抽调2名核酸检测人员。", (2, "名", "核酸检测人员", False)),  # the testers: staff
    ("发热门诊共接诊发热患者860人次。", (860, "人次", "发热患者", False)),  # visits, not cases
    ("联系电话13812345678人工值守。", None),
    ("他家花了3万多元准备寿宴。", None),
    ("主人自己采购了2万元的菜准备办酒。", None),  # a household's own purchase
    ("镇卫生院就能做核酸,二十块钱一次。", None),  # a price asked
    ("主人买了两头猪、80件啤酒、10条烟。", None),
]


def _as_tuple(text: str) -> Q | None:
    found = find_quantities(text)
    if not found:
        return None
    q = found[0]
    value = int(q.value) if q.value == q.value.to_integral_value() else float(q.value)
    return value, q.unit, q.counts, q.approx


@pytest.mark.parametrize(("sentence", "expected"), QUANTITIES)
def test_the_quantity_a_sentence_reports(sentence: str, expected: Q | None) -> None:
    assert _as_tuple(sentence) == expected


def test_the_table_is_large_enough_to_tell_a_story() -> None:
    assert len(QUANTITIES) >= 40
    assert sum(1 for _, expected in QUANTITIES if expected is None) >= 15


def test_ranges_carry_their_upper_bound() -> None:
    (q,) = find_quantities("全镇设置3至5个临时采样点。")
    assert (q.value, q.upper) == (3, 5)


def test_offsets_point_into_the_text_plus_the_offset() -> None:
    text = "共取消酒宴10场、酒席143桌。"
    quantities = find_quantities(text, offset=100)
    assert [(q.text, text[q.start - 100 : q.end - 100]) for q in quantities] == [
        ("10场", "10场"),
        ("143桌", "143桌"),
    ]


def test_the_upper_bound_of_a_range_is_not_a_second_quantity() -> None:
    assert [q.value for q in find_quantities("设置临时采样点3至5个,值守人员6人。")] == [3, 6]


def test_a_kilogram_is_not_a_thousand() -> None:
    (q,) = find_quantities("共发放大米5千克。")
    assert (q.value, q.unit) == (5, "千克")


def test_grouped_digits_are_one_number() -> None:
    (q,) = find_quantities("累计排查1,628人。")
    assert q.value == 1628


def test_approximate_prefix_belongs_to_the_span() -> None:
    (q,) = find_quantities("检查车辆约4.4万辆。")
    assert q.text == "约4.4万辆"


def test_several_numbers_in_one_clause_each_count_their_own_thing() -> None:
    found = find_quantities("全县21个乡镇3个街道、304个行政村都成立了志愿服务队。")
    assert [(q.value, q.counts) for q in found] == [(21, "乡镇"), (3, "街道"), (304, "行政村")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("两家公司党支部还组建了党员突击队。", "公司党支部"),  # an adverb opens the predicate
        ("3个村组建了巡逻队。", "村"),  # so does the verb of setting up
        ("全区25个道路卡口累计查验车辆。", "道路卡口"),  # a running total's adverb
        ("全县46个在建项目已复工。", "在建项目"),  # 在 of a status, no preposition
        ("3个村在村口设卡。", "村"),  # the preposition
        ("县里组建2支移动检测车队连夜检测。", "移动检测车队"),  # adverbs of manner or sequence
        ("3个小组分别负责排查。", "小组"),
        ("12支医疗队先后进驻。", "医疗队"),
        ("西山下村等4个封控区调整为防范区。", "封控区"),  # a change of status
        ("太极岛等4处渡口安排专人值守。", "渡口"),  # arranged for what was counted
        ("在各村主要路口设置二十余个值守点。", "值守点"),  # 值守 of a noun, no predicate
        ("为保供企业的38辆货车办理通行证。", "货车"),
        ("全县5处活畜交易市场暂停交易。", "活畜交易市场"),  # suspended
        ("对返乡的5名村民落实居家隔离。", "村民"),  # put in force for them
        ("村里劝导9户村民取消了婚宴。", "村民"),  # called off
        ("两支党员突击队守牢村门口。", "党员突击队"),  # guarded
    ],
)
def test_the_counted_noun_ends_where_the_predicate_starts(text: str, counts: str) -> None:
    assert find_quantities(text)[0].counts == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("卡口累计查验车辆4.2万辆次。", "车辆"),  # checked at a checkpoint
        ("志愿者为值守人员免费送去拌面300余份。", "拌面"),  # delivered
        ("社区向居民配送蔬菜200份。", "蔬菜"),
        ("3月10日至19日共接诊发热患者1260人次。", "发热患者"),  # seen at a clinic, after the dates
        ("副书记带领镇村干部和党员志愿者120余人巡查。", "镇村干部和党员志愿者"),  # led
        ("为运输车辆办理通行证136张。", "通行证"),  # issued
        ("帮助养殖户销售鸡蛋43万斤。", "鸡蛋"),  # sold
        ("全县落实集中隔离63人。", "集中隔离"),  # put in force
        ("镇里组织人员清除路障17处。", "路障"),  # cleared away
        ("志愿者累计协助核酸采样12万人次。", "核酸采样"),  # helped with
        ("封控期间全镇共开展区域核酸检测12轮。", "区域核酸检测"),  # carried out, the rounds counted
        ("分局为一线民警配发口罩2万余只。", "口罩"),  # handed out
        ("县财政拨付疫情防控专项资金50万元。", "疫情防控专项资金"),  # paid out
        ("全县可提供隔离房间300余间。", "隔离房间"),  # offered
    ],
)
def test_the_object_of_checking_or_delivering_is_what_the_number_after_it_counts(
    text: str, counts: str
) -> None:
    assert find_quantities(text)[-1].counts == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("组织医护人员、志愿者等4.6万余人参与采样。", "医护人员、志愿者"),
        ("出动公安、交警等120人。", "公安、交警"),
        ("取消婚宴5场、寿宴3场。", "寿宴"),  # each number its own: the list ends at the number before
        ("一、先进集体20个。", "先进集体"),  # a heading's numeral is no item
        ("共劝退婚宴、寿宴等各类酒席1300余桌。", "婚宴、寿宴等各类酒席"),  # the verb's object, as a whole
        ("北海市、凭祥市、宁明县、龙州县支援医护人员320名。", "龙州县支援医护人员"),  # too long as a whole
    ],
)
def test_a_list_before_the_number_is_counted_as_a_whole(text: str, counts: str) -> None:
    assert find_quantities(text)[-1].counts == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("抽调乡村干部、民兵、辅警共46人三班倒值守。", "乡村干部、民兵、辅警"),
        ("全镇值守人员累计1200人次。", "值守人员"),
        ("全镇干部群众合计300人参与。", "干部群众"),
        ("蔬菜日供应量稳定在300吨以上。", "蔬菜日供应量"),  # a level held
        ("发热门诊日接诊量在400人次左右。", "发热门诊日接诊量"),
    ],
)
def test_a_totals_word_before_the_number_is_no_part_of_what_it_counts(text: str, counts: str) -> None:
    assert find_quantities(text)[-1].counts == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("共计摸排出春节期间外省返乡人员126人。", "外省返乡人员"),  # when, then what; 出 goes with the verb
        ("疫情发生以来累计返乡人员300人。", "返乡人员"),
        ("村里摸排出返乡人员137人。", "返乡人员"),
        ("排查出行人员20人。", "出行人员"),  # 出 opens a word: travellers
        # cases dealt with, gatherings stopped, people screened: the verb's object
        ("县市场监管局查处哄抬物价行为2起。", "哄抬物价行为"),  # 行为 ends in 为, no copula
        ("累计劝阻聚集人员40余人次。", "聚集人员"),
        ("卫生院累计筛查发热病人4217人次。", "发热病人"),
    ],
)
def test_a_time_frame_a_verb_and_its_particle_are_no_part_of_what_is_counted(text: str, counts: str) -> None:
    assert find_quantities(text)[-1].counts == counts


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        (
            "医院将发热门诊诊室由3间增加到8间。",
            ["发热门诊诊室", "发热门诊诊室"],
        ),  # both levels, what 将 puts first
        ("我们把发热诊室从4间扩充到10间。", ["发热诊室", "发热诊室"]),
        ("日处置量由平时的60余吨增至140余吨。", ["日处置量", "日处置量"]),  # past the former time
        ("社区志愿者已经从最初的30人增加到200余名。", ["社区志愿者", "社区志愿者"]),
        ("重症床位已扩充至60张。", ["重症床位"]),
    ],
)
def test_a_change_from_one_level_to_another_counts_the_noun_before_it(text: str, counted: list[str]) -> None:
    """`由3间增加到8间`: the verb of change and `from the former level` name nothing the numbers count."""
    assert [q.counts for q in find_quantities(text)] == counted


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a capacity is the noun the verb makes with 能力, counted whole
        ("实验室日检测能力达2000管。", "实验室日检测能力"),
        ("乡镇卫生院日接种能力达3000剂次。", "乡镇卫生院日接种能力"),
        ("全县日检测能力已由1500管提升到6000管。", "日检测能力"),
        # the adverbs before the reaching word are no part of it
        ("实验室单日检测能力可达3万管。", "实验室单日检测能力"),
        ("发热门诊单日接诊量最高达1100人次。", "发热门诊单日接诊量"),
        ("全县累计接种已达58.6万剂次。", "接种"),
    ],
)
def test_a_capacity_and_the_adverbs_before_its_level_count_as_what_they_say(text: str, counts: str) -> None:
    assert find_quantities(text)[0].counts == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a fine imposed: the sum counts the fine, not the penalty it is part of, nor who imposed it
        ("市场监管局依法对当事人作出罚款5万元的行政处罚。", "罚款"),
        ("派出所依法对其处以罚款500元。", "罚款"),
        ("没收违法所得,并处罚款2万元。", "罚款"),
        # a sum before 的 and a noun is still what the noun is worth
        ("捐赠价值300万元的防疫物资。", "防疫物资"),
        ("对其处以5000元的罚款。", "罚款"),
    ],
)
def test_a_fine_imposed_is_what_its_sum_counts(text: str, counts: str) -> None:
    assert find_quantities(text)[0].counts == counts


def test_a_counted_phrase_cut_to_its_longest_starts_at_a_word() -> None:
    """`小麦春季管理技术要点等信息` is longer than a counted phrase: cut after 小麦, not inside it."""
    assert find_quantities("累计发布小麦春季管理技术要点等信息60余条。")[0].counts == "春季管理技术要点等信息"
    # nor at the joiner of a list it cuts (及湖北…), but at 与 that opens a phrase of its own
    assert find_quantities("累计排查武汉及湖北其他地区来县人员287人。")[0].counts == "湖北其他地区来县人员"
    assert find_quantities("对与湖北返乡人员有过接触的23人进行排查。")[0].counts == "与湖北返乡人员有过接触的"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("发放《致全县各族群众的一封信》18万余份。", "《致全县各族群众的一封信》"),
        ("村里发放“明白纸”2000余份。", "“明白纸”"),
    ],
)
def test_a_title_or_a_quoted_name_right_before_the_number_is_counted_whole(text: str, counts: str) -> None:
    assert find_quantities(text)[-1].counts == counts


@pytest.mark.parametrize(
    ("text", "before"),
    [("由县疾控中心对4人开展流行病学调查。", "疾控中心"), ("县里安排专人向3人说明政策。", "专人")],
)
def test_a_number_right_after_a_preposition_counts_nothing_named_before_it(text: str, before: str) -> None:
    assert before not in (find_quantities(text)[0].counts or "")


@pytest.mark.parametrize(
    "text",
    [
        "值班员说:每天都有6个人,三班轮换。",  # an adverb: what was done, said before the number
        "“一上午来回跑了7趟,送的全是米面。”",  # a verb and its aspect particle
        "两天里村干部挨家挨户登记了820户。",
        "镇上共有5名从外省回来的务工人员。",  # a phrase of origin describes the noun further on
        "三辆贴着“防疫专车”字样的客车停在广场。",  # so does a verb with 着
        "全村有4户从武汉返乡的家庭。",
    ],
)
def test_a_number_whose_counted_noun_is_out_of_reach_counts_nothing_named(text: str) -> None:
    assert find_quantities(text)[0].counts is None


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("最终两位老人只接受了电话问候。", "老人"),  # an adverb after the noun ends it
        ("利用80个大喇叭播放防疫通知。", "大喇叭"),  # what plays the notice
        ("12辆宣传车循环播放防控知识。", "宣传车"),
        ("渡口船只3艘全部停航。", "渡口船只"),  # 只 of a word is no adverb
        ("12名从业人员参加培训。", "从业人员"),  # 从 of a word opens no phrase of origin
        ("对3名拒不服从管理的人员进行批评教育。", "拒不服从管理"),
        ("志愿者为62户群众配送米面油。", "群众"),  # a verb of supplying
        ("镇里组建了8个生活物资配送小组。", "生活物资配送小组"),  # not where it names a team
        ("5名员工未按要求参加核酸检测。", "员工"),  # not done as asked
        ("对2名未成年人进行登记。", "未成年人"),
        ("网吧3家责令停业。", "网吧"),  # the noun before the number, as before
    ],
)
def test_an_adverb_or_a_verb_after_the_counted_noun_ends_it(text: str, counts: str) -> None:
    assert find_quantities(text)[0].counts == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("县里为全县40个疫情防控卡点购置了帐篷。", "疫情防控卡点"),
        ("全镇26个核酸采样点同时开始采样。", "核酸采样点"),
        ("这是村里设置的3个卡口之一。", "卡口"),
        ("全县保障150个核酸采样点位正常运转。", "核酸采样点位"),  # a character that goes on the name
        ("共设立交通检疫站点18个。", "交通检疫站点"),
        ("共设卫生检疫站(点)20个。", "卫生检疫站(点)"),
    ],
)
def test_a_facilitys_name_closes_what_the_number_before_it_counts(text: str, counts: str) -> None:
    assert find_quantities(text)[0].counts == counts


def test_a_notices_print_run_counts_nothing() -> None:
    assert find_quantities("抄送:各乡镇人民政府　（共印60份）") == []
    assert [q.value for q in find_quantities("共印发宣传单60份。")] == [60]  # handed out, a count


# --- parse_number -----------------------------------------------------------------------

NUMERALS = [
    ("55", 55), ("4.98万", 49800), ("3万5千", 35000), ("两千", 2000), ("一百二十", 120), ("十五", 15),
    ("一万五", 15000), ("两千五", 2500), ("一百零五", 105), ("二〇二〇", 2020), ("十万", 100000),
    ("3亿5千万", 350_000_000), ("1,628", 1628), ("101.8万", 1018000), ("壹佰", 100),
    ("六万零一十", 60010), ("六万零十", 60010),  # the colloquial form drops the 一 (found by hypothesis)
]  # fmt: skip


@pytest.mark.parametrize(("numeral", "value"), NUMERALS)
def test_parse_number_reads_the_forms_of_the_genre(numeral: str, value: int) -> None:
    assert parse_number(numeral) == value


@pytest.mark.parametrize(
    "text", ["", "万", "百", "三五", "十百", "1.2.3", "abc", "第五", "三五万", "4.4万辆", "一万十"]
)
def test_parse_number_refuses_what_is_not_a_whole_numeral(text: str) -> None:
    assert parse_number(text) is None


@given(st.text())
def test_parse_number_never_raises(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, Decimal)


@given(st.text(alphabet="0123456789.,零〇一二两三四五六七八九十百千万亿壹拾佰仟", max_size=20))
def test_parse_number_never_raises_on_numeral_soup(text: str) -> None:
    result = parse_number(text)
    assert result is None or result >= 0


@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_round_trips_plain_integers(n: int) -> None:
    assert parse_number(str(n)) == n


_DIGIT = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """The written Chinese numeral of 0 <= n < 10**8 (`一百零五`, `十五`, `三万零二十`)."""
    if n == 0:
        return "零"
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        rest = _below_10000(low)
        return _below_10000(high) + "万" + (("零" if 0 < low < 1000 else "") + rest if low else "")
    return _below_10000(n)


def _below_10000(n: int) -> str:
    parts, zero = [], False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, place)
        if digit:
            if zero:
                parts.append("零")
            parts.append(_DIGIT[digit] + name)
            zero = False
        elif parts:
            zero = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text  # 十五, not 一十五


def test_the_helper_writes_numerals_as_people_do() -> None:
    assert [chinese_numeral(n) for n in (15, 105, 120, 1010, 30020, 100000)] == [
        "十五", "一百零五", "一百二十", "一千零一十", "三万零二十", "十万",
    ]  # fmt: skip


@given(st.integers(min_value=0, max_value=99_999_999))
def test_parse_number_round_trips_chinese_numerals(n: int) -> None:
    assert parse_number(chinese_numeral(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市交通运输局抽调人员组成两支队伍轮班作业。", [(Decimal(2), "支")]),  # 伍轮 is no 5 rounds
        ("县政协召开十一届二次常委会议。", []),  # the session of a term
        ("全县组建流调队伍伍支。", [(Decimal(5), "支")]),  # the receipt form after the word 队伍
        ("排查从外省返陆人员12人。", [(Decimal(12), "人")]),  # 陆 is the county's short form, no 6
    ],
)
def test_a_numeral_inside_a_word_or_a_session_is_no_count(text: str, expected: list) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_a_numeral_inside_a_persons_name_counts_nothing(tmp_path) -> None:  # noqa: ANN001
    """`陆家明说`: 陆 is the receipt form of 六 and a surname; inside a person's name it counts no 家."""
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("乡卫生院院长陆家明说,这次在村里设置了3个临时接种点。\n", encoding="utf-8")
    found = extract(read_article(page))
    assert [(q.value, q.unit) for q in found.quantities] == [(Decimal(3), "个")]


def test_a_number_inside_a_places_name_counts_nothing(tmp_path) -> None:  # noqa: ANN001
    """`三间房村`: 三间 (three rooms) is part of the village's name, read as a place, so it is no quantity; a count
    beside it still is."""
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("三间房村设立卡点2个。三台坡村党总支书记袁国芳说,全村已排查。\n", encoding="utf-8")
    found = extract(read_article(page))
    assert [(q.value, q.unit) for q in found.quantities] == [(Decimal(2), "个")]  # no 三台 in a post's body


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("县医共体累计配送退烧药3.6万片。", 36000, "片"),
        ("调配退烧药品12.6万片(粒)。", 126000, "片"),
        ("区融媒体中心制作防疫视频200段。", 200, "段"),
        ("各校开设网课410节。", 410, "节"),
    ],
)
def test_medicines_videos_and_classes_counted_by_their_measure_word(
    sentence: str, value: int, unit: str
) -> None:
    assert [(int(q.value), q.unit) for q in find_quantities(sentence)] == [(value, unit)]


def test_a_festival_and_a_numbered_class_count_nothing() -> None:
    assert find_quantities("春节期间,第3节课后放学。") == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("捐赠N95口罩1200只、护目镜300副。", 300, "副"),
        ("全镇种植油菜5000亩。", 5000, "亩"),
        ("共收到捐款2863笔。", 2863, "笔"),
        ("出动无人机8架开展消杀。", 8, "架"),
    ],
)
def test_goggles_fields_donations_and_drones_are_counted(sentence: str, value: int, unit: str) -> None:
    assert (Decimal(value), unit) in [(q.value, q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence", ["他一笔一划地写下名字。", "这副担子不轻。"])
def test_the_same_words_in_everyday_phrases_count_nothing(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("企业捐赠医用口罩5万只。", 50000, "只"),  # masks by the piece
        ("协调压条胶带300余卷。", 300, "卷"),  # rolls
        ("在卡点安装照明灯120盏。", 120, "盏"),  # lamps
    ],
)
def test_masks_rolls_and_lamps_are_counted(sentence: str, value: int, unit: str) -> None:
    found = find_quantities(sentence)
    assert [(int(q.value), q.unit) for q in found] == [(value, unit)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("劝导23对新人推迟婚礼。", 23, "对"),  # couples
        ("推送心理防护知识短视频12期。", 12, "期"),  # issues of a programme
        ("机关干部踊跃献血,献血量达10.8万毫升。", 108000, "毫升"),  # blood donated
        ("累计消杀集装箱12.6万标箱。", 126000, "标箱"),  # containers at a port
    ],
)
def test_couples_issues_blood_and_containers_are_counted(sentence: str, value: int, unit: str) -> None:
    found = find_quantities(sentence)
    assert [(int(q.value), q.unit) for q in found] == [(value, unit)]


@pytest.mark.parametrize(
    "sentence", ["一期工程已完工,二期工程正在建设。", "各村与3对1结对帮扶。", "开展一对一帮扶。"]
)
def test_a_projects_phase_and_a_ratio_of_helpers_count_nothing(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_only_as_an_adverb_counts_nothing() -> None:
    assert find_quantities("他只用了两天时间就完成了改造。") == []


def test_litres_of_disinfectant_are_counted_and_a_rise_is_none() -> None:
    assert [(int(q.value), q.unit) for q in find_quantities("为学校储备消毒液800升。")] == [(800, "升")]
    assert find_quantities("风险等级由3级升为2级。") == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("全镇劝退婚宴5场和寿宴3场。", ["婚宴", "寿宴"]),
        ("共检查车辆300辆和人员500人。", ["车辆", "人员"]),
        ("该乡劝停了8次喜宴操办和1次民族节日举行。", ["喜宴操办", "民族节日举行"]),
    ],
)
def test_a_lists_joiner_is_none_of_what_its_next_number_counts(text: str, counted: list[str]) -> None:
    """`婚宴5场和寿宴3场`: 3场 counts 寿宴, not 和寿宴; `8次喜宴和1次节日`: 1次 counts what follows it."""
    assert [q.counts for q in sorted(find_quantities(text), key=lambda q: q.start)] == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("据介绍,芙蓉里社区(西区)共有居民楼9栋。", ["居民楼"]),
        ("目前全县有集中隔离点12个。", ["集中隔离点"]),
        ("青山镇的卡点共有值守人员36名。", ["值守人员"]),
        ("现有医务人员300名。", ["医务人员"]),
        ("所有隔离点均有值守人员3名。", ["值守人员"]),
        ("该镇有关部门抽调人员20名。", ["人员"]),
        ("医院现有有创呼吸机6台。", ["有创呼吸机"]),
    ],
)
def test_what_a_place_has_is_what_its_number_counts(text: str, counted: list[str]) -> None:
    """`社区共有居民楼9栋`: 9栋 counts the buildings the community has, not the community; 有 inside a word
    (所有, 有关) is no such verb."""
    assert [q.counts for q in find_quantities(text)] == counted
