"""Measure categories on the genre's harder sentences (issue 13, item 3), and one vocabulary for them.

Missed forms of a category come first, then triggers that report nothing: a group
named without a measure, a trigger inside a body's name or a relayed document,
a negation, a plan, advice (a withdrawn measure is read as lifted: tests/test_measures.py).
Every sentence is written for these tests. Last, the category names agree across the SKOS scheme, the trigger table
and the gold format.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Namespace

from epikg.extract.measure_triggers import CATEGORIES, lexicon, parse_lexicon
from epikg.extract.measures import find_measures
from epikg.lexicon import word_pattern
from epikg.read.normalize import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
EK = Namespace("https://w3id.org/epikg/ontology#")


def categories(text: str) -> set[str]:
    return {m.category for m in find_measures(text, split_sentences(text))}


MISSED = [
    ("a small road closed", "traffic_control", "封闭通往河南方向的乡村小道13条。"),
    ("no leaving the province by its short form", "traffic_control", "倡导市民非必要不离晋。"),
    ("no leaving a city named", "traffic_control", "全体市民非必要不离开珠海。"),
    ("an emergency mechanism started", "command_system", "县指挥部第一时间启动应急处置机制。"),
    ("a leading group said set up after its name", "command_system", "镇疫情防控工作领导小组第一时间成立。"),
    ("talked into going back", "patrol_enforcement", "外村人一律劝回。"),
    ("masks worn on an errand", "personal_protection", "外出买菜必须佩戴口罩。"),
    ("ferries stopped", "traffic_control", "村里的渡船已全部停渡。"),
    ("a border trading point closed", "venue_closure", "边民互市贸易点暂停开放。"),
    ("food brought to the door", "supply_assurance", "他们家缺米缺油,打个电话,我们就送上门。"),
    ("goods for the new year kept in supply", "supply_assurance", "保障群众年货供应。"),
    ("shops stocked up", "supply_assurance", "组织20家超市备足米面油肉菜,确保货足价稳。"),
    ("vegetables handed out to each home", "supply_assurance", "这些蔬菜由志愿者分发到各个小区的居民家中。"),
    ("hot meals sent", "supply_assurance", "每天给值守人员送去热饭热菜。"),
    ("live poultry trading stopped", "venue_closure", "全县活禽交易一律暂停。"),
    ("passage barred", "traffic_control", "进村道路一律禁止通行。"),
    ("passage suspended", "traffic_control", "其他车辆和行人一律暂停通行。"),
    ("vehicles let only out", "traffic_control", "对进出车辆实行“只出不进”。"),
    ("a small road barred with bamboo", "traffic_control", "通往邻村的小路也用竹子和树枝拦了起来。"),
    ("an evening show called off", "gathering_restriction", "原定春节期间举办的文艺晚会已取消。"),
    ("a meeting put off", "gathering_restriction", "原定下午召开的企业座谈会暂缓召开。"),
    ("how many may gather, capped", "gathering_restriction", "村里的活动参加人数控制在50人以下。"),
    ("masks counted out to the staff who wear them", "personal_protection", "每名值守人员每天发放口罩2只。"),
    ("seated apart", "personal_protection", "现场记者间隔就座。"),
    ("a testing point at an entry", "checkpoint", "在沈海高速枫亭收费站设立“落地检”点,24小时查验健康码。"),
    ("a border patrolled", "patrol_enforcement", "民警在中缅边境沿线24小时巡边守边,严防非法出入境。"),
    ("a registration from door to door", "screening", "志愿者挨家挨户登记信息、维持采样秩序、配送生活物资。"),
    ("a market day named, then suspended", "gathering_restriction", "岭背、银坑等乡镇圩日集市暂停。"),
    ("the market days suspended", "gathering_restriction", "为减少人员聚集,全镇暂停赶集。"),
    ("freight kept in a closed loop", "traffic_control", "对货运车辆实行闭环管理,司乘人员落地检。"),
    ("a team formed", "command_system", "县里抽调人员组成工作专班。"),
    ("disinfection beside goods in another item", "disinfection", "储备一批防疫物资、落实一套厂区消毒制度。"),
    ("everyone kept at home", "area_lockdown", "城区所有居民实行为期一周的居家隔离。"),
    ("a job fair put off", "gathering_restriction", "原定于本月中旬举办的冬季招聘会已延期举行。"),
    ("banquets deferred", "gathering_restriction", "婚宴、寿宴等一律暂缓举办。"),
    (
        "bus lines stopped, far from the verb",
        "traffic_control",
        "县城发往各镇的客运班线和城区公交从1月27日起全部暂停。",
    ),
    ("a distance to keep", "personal_protection", "排队采样时保持一米间距。"),
    ("shops and a workshop closed", "venue_closure", "好又多超市、老周家豆腐坊自即日起暂停营业。"),
    ("Dai temples closed", "venue_closure", "各村寨奘房暂停对外开放。"),
    ("people asked to report where they live", "screening", "有发热症状的请立即向所在村(社区)报告。"),
    ("a line for reporting", "reporting_reward", "请拨打县疫情防控指挥部24小时报告电话。"),
    ("a village guard formed", "volunteer_mobilization", "村里组成一支28人的“守村队”。"),
    ("spoken to from a drone", "public_communication", "街道采用无人机喊话。"),
    ("an inspection led", "supervision", "副县长带队检查高速出口的防疫检查站。"),
    ("care arranged", "medical_treatment", "为孕产妇、透析病人等特殊人群协调就医380余人次。"),
    ("a response of a numbered level", "command_system", "全县启动重大突发公共卫生事件一级响应。"),
    (
        "dealt with by law, a particle between",
        "patrol_enforcement",
        "对拒不配合的人员,公安机关依法予以处理。",
    ),
    ("spreading rumours is punished, no rumour told", "patrol_enforcement", "对造谣传谣者依法严肃处理。"),
    ("tests on a schedule", "mass_testing", "对外省返回人员实行三天两检。"),
    ("the venue between the verb and 开放", "venue_closure", "暂停宗教活动场所开放。"),
    ("venues kept closed while others reopen", "venue_closure", "餐馆恢复堂食,KTV、网吧等密闭场所暂不开放。"),
    ("banquets not taken while dining resumes", "gathering_restriction", "饭店恢复营业,暂不承接婚宴、寿宴。"),
    ("fishing boats kept in port", "traffic_control", "全港680艘渔船暂停出海。"),
    ("a port closed to travellers", "traffic_control", "章凤口岸暂停旅客出入境通关。"),
    ("passenger lines far away suspended", "traffic_control", "暂停砀山至上海、苏州方向的省际客运班线。"),
    ("crossings blocked with wire and earth", "traffic_control", "其余路口全部用铁丝网、土堆封堵。"),
    ("dealt with by law and rule", "patrol_enforcement", "对不配合的由公安机关依法依规予以处理。"),
    ("held to account by law", "patrol_enforcement", "对隐瞒旅居史的,依法追究责任。"),
    ("guards checked at their posts", "supervision", "县委书记每晚带队到抵边点位查岗。"),
    ("a leader's visit on the response", "supervision", "县长在南坪镇调研边境疫情防控工作。"),
    ("each vehicle disinfected", "disinfection", "对入境货物实施一车一消、一货一检。"),
    ("groups set up anew", "command_system", "指挥部新设边境防控组和医疗救治专班。"),
    ("a firm in a closed loop", "area_lockdown", "企业实行闭环生产。"),
    ("a town sealed", "area_lockdown", "县城从今日起实行封城管理。"),
    ("the people who met a case traced", "contact_tracing", "疾控中心已对与确诊病例有接触的人员开展调查。"),
    ("publicity, then an order to the public", "personal_protection", "做好宣传,群众一律戴口罩。"),
    ("a lockdown declared", "area_lockdown", "该市于当晚宣布封城。"),
    ("entrances closed", "traffic_control", "各村封闭出入口,只留一个通道。"),
    ("paths blocked with sand", "traffic_control", "其余小路用沙土堵住。"),
    ("entrances sealed, counted", "traffic_control", "村里的5个出入口封了3个。"),
    ("public transport suspended", "traffic_control", "暂停县域内公共交通运营。"),
    ("vehicles first, then what they may not do", "traffic_control", "对外来车辆一律禁止进村。"),
    ("village roads sealed", "traffic_control", "各村封村道、设卡点。"),
    ("the occasion first, then stopped", "gathering_restriction", "红白喜事一律停办。"),
    ("taken to hospital for treatment", "medical_treatment", "民警开警车护送到县中心医院治疗。"),
    ("a fast lane to a doctor", "medical_treatment", "开通24小时就医绿色通道。"),
    ("a fast lane in quotes", "medical_treatment", "为急诊、透析、孕产妇开通就医“绿色通道”。"),
    ("an appeal to the public", "public_communication", "呼吁广大群众自觉遵守疫情防控规定。"),
    ("a minister inspecting", "supervision", "县委常委、组织部部长吴刚到东兴社区检查疫情防控工作。"),
    ("a task force built", "command_system", "公司建起了企业防疫专班。"),
    ("vehicles turned back are dissuaded", "patrol_enforcement", "民警在路口劝返外地车辆二十余辆。"),
    ("people turned back", "patrol_enforcement", "值守人员共劝返外来人员三百多人。"),
    ("vehicles banned from entering", "traffic_control", "严禁外地车辆进入本村。"),
    ("inspection by a supervision team", "supervision", "县纪委派出督查组到各乡镇督查。"),
    ("unannounced visits", "supervision", "工作组采取暗访方式检查卡点值守。"),
    ("an inspection tour of the work", "supervision", "镇里组织巡查组对各村防控落实情况开展巡查。"),
    ("group meals banned", "gathering_restriction", "各单位一律禁止集中用餐。"),
    ("group meals avoided", "gathering_restriction", "机关食堂实行分时就餐,不集中用餐。"),
    ("dinners called off", "gathering_restriction", "村里取消了春节聚餐。"),
    ("handbills to every household", "public_communication", "村干部给每家每户发了传单。"),
    ("a board with the village rules", "public_communication", "村委会把新村规做成广告牌立在路边。"),
    ("a command post activated", "command_system", "要求各乡镇立即启动防控指挥所,实行24小时运行。"),
    (
        "a headquarters set up with its leaders named first",
        "command_system",
        "成立以镇党委书记王明为指挥长,镇长李强为副指挥长的城关镇疫情防控指挥部。",
    ),
    ("weddings and funerals stopped", "gathering_restriction", "婚丧嫁娶一律暂停举办。"),
    ("a job fair called off", "gathering_restriction", "县里暂停举办线下招聘会。"),
    ("visitors let in a few at a time", "gathering_restriction", "景区实行预约、限流、错峰游览。"),
    ("nobody on the roads", "traffic_control", "车辆、人员一律不得上路。"),
    ("border trading points closed", "venue_closure", "边民互市点一律关闭。"),
    ("a scenic spot taking no visitors", "venue_closure", "景区已暂停接待游客。"),
    ("firms ordered to stop", "patrol_enforcement", "对发现问题的3家企业责令停工整改。"),
    ("travellers asked to report", "screening", "近14天内有外地旅居史的人员,请立即向所在村报告。"),
    ("a lane for checking codes", "checkpoint", "出站口还设置了核验通道。"),
    (
        "publicity and closing hamlets, two tasks",
        "area_lockdown",
        "镇干部白天做好集市防疫宣传和村组封闭工作。",
    ),
    ("memorial gatherings controlled", "gathering_restriction", "各村加强清明祭扫管控。"),
    ("epidemiological investigation", "contact_tracing", "疾控人员连夜开展流调。"),
    ("checks another place asked for", "contact_tracing", "公安部门配合完成协查任务。"),
    ("close contacts searched for", "contact_tracing", "连夜排查密接人员。"),
    ("close contacts identified", "contact_tracing", "共判定密切接触者八人。"),
    ("close contacts found, verb after", "contact_tracing", "密接人员已全部找到并落实管控。"),
    ("a commander named", "command_system", "由镇长担任总指挥,分管领导任副指挥长。"),
    ("protective suits", "personal_protection", "医护人员身穿防护服进入病房。"),
    ("staff protection", "personal_protection", "要求卡点人员做好自身防护。"),
    ("returnees monitored", "screening", "重点监测外地返乡村民健康状况。"),
    ("outside vehicles controlled at entries", "checkpoint", "各村做好外来人员及车辆管控。"),
    ("party members' vanguard role", "volunteer_mobilization", "充分发挥基层党员先锋模范作用。"),
    ("party members all to the front", "volunteer_mobilization", "全村党员干部齐上阵。"),
    ("bus lines suspended", "traffic_control", "暂停县城至各乡镇的客运班线。"),
    # wordings a synthetic sweep found missing
    ("a station persuading travellers back", "checkpoint", "镇里在省道入口设立疫情防控劝导站。"),
    ("a watch at the entrances", "checkpoint", "在小区出入口安排专人轮流值守。"),
    ("a pass held tight", "checkpoint", "各村严把村口关。"),
    ("vehicles entering registered, vehicles first", "checkpoint", "对进入辖区的车辆进行登记测温。"),
    ("a compound's gates sealed, the verb first", "area_lockdown", "街道连夜封闭小区出入口。"),
    ("a whole area kept silent", "area_lockdown", "城区实施全域静默。"),
    ("pooled samples", "mass_testing", "采样实行“十混一”检测。"),
    ("antigen screening", "mass_testing", "对返乡人员开展抗原筛查。"),
    ("passage with a code", "health_code", "超市实行凭码通行。"),
    ("venues between the verb and 营业", "venue_closure", "暂停电影院、KTV等营业。"),
    ("an area under control for a time", "area_lockdown", "对松柏镇松柏居委会、新码头村实施临时管控。"),
    ("a whole city area told to stay home", "area_lockdown", "在瑞丽市主城区实行居家隔离管理。"),
    ("classes moved online", "venue_closure", "县城所有中小学、幼儿园暂停线下教学,实行线上教学。"),
    ("one member a household let out", "area_lockdown", "每户每2天可安排1名家庭成员外出采购生活物资。"),
    (
        "a long list of venues between the verb and 营业",
        "venue_closure",
        "暂停全县范围内所有棋牌室、KTV、网吧等密闭场所营业。",
    ),
    ("the village loudspeakers", "public_communication", "村村响每天滚动播放防疫知识。"),
    ("a reprimand", "patrol_enforcement", "派出所对违规聚集人员进行训诫。"),
    ("a kind of supply kept up", "supply_assurance", "县商务局全力保障药品供应。"),
    ("prices kept steady and supplies ample", "supply_assurance", "确保蔬菜价格稳定、供应充足。"),
    ("cadres admonished", "supervision", "县纪委对3名履职不力的干部进行诫勉谈话。"),
    ("the source of infection traced", "contact_tracing", "疾控中心全力查清感染来源。"),
    ("staggered meals", "personal_protection", "机关食堂推行错峰就餐。"),
    ("lantern festival called off", "gathering_restriction", "今年取消元宵节灯会。"),
    ("crowds banned", "gathering_restriction", "严禁聚众打牌。"),
    ("the numbers found out", "screening", "村干部逐户走访,摸清返乡人员底数。"),
    ("rented rooms searched", "screening", "派出所对出租屋进行清查。"),
    ("days of quarantine then monitoring", "quarantine", "对入境人员实行“14+7”健康管理。"),
    ("spot checks of the work", "supervision", "督导组对卡点值守情况进行抽查。"),
    ("a command system built", "command_system", "全县建立县乡村三级防控指挥体系。"),
    ("veterans mobilized", "volunteer_mobilization", "号召退役军人参与疫情防控。"),
    ("buses stopped", "traffic_control", "即日起全县城乡公交停开。"),
    ("every vehicle checked", "checkpoint", "在高速出口对进入车辆实行逐车检查。"),
    ("every person checked", "checkpoint", "小区门口逐人测温登记。"),
    ("crowds broken up", "gathering_restriction", "民警及时劝散聚集人员。"),
    ("people told not to crowd", "gathering_restriction", "巡逻队员劝导群众不扎堆。"),
    ("dine-in closed", "venue_closure", "城区餐馆一律暂停堂食。"),
    ("dine-in stopped", "venue_closure", "餐饮单位停止堂食,只提供外卖。"),
    ("a market's trading suspended", "venue_closure", "全县生猪交易市场一律暂停交易。"),
    ("tour groups turned away", "venue_closure", "县城各景区暂停接待旅游团队。"),
    ("a fair closed by its name", "venue_closure", "镇里关闭了石桥大集。"),
    ("return to school put off", "venue_closure", "全县中小学延期返校。"),
    ("meetings kept small", "gathering_restriction", "各地严格控制会议规模。"),
    ("attendance capped", "gathering_restriction", "参会人员控制在30人以内。"),
    ("a body's reminder", "public_communication", "县疾病预防控制中心提醒,广大市民要做好个人防护。"),
    ("a letter sent to parents", "public_communication", "学校向家长发送《致家长的一封信》。"),
    ("a numbered notice issued", "public_communication", "该县15日发布第7号通告。"),
    ("a warning letter handed out", "public_communication", "发放《疫情防控提醒告诫书》400余份。"),
    ("advice forwarded", "public_communication", "网格员每天在微信群里转发防疫知识。"),
    ("medicine put on sale", "supply_assurance", "向全县药店投放退热药品2.6万盒。"),
    ("goods at a fair price", "supply_assurance", "通过供销社平价供应给各乡镇农户。"),
    ("an isolation ward", "medical_treatment", "县人民医院设立隔离病区。"),
    ("a temporary medical post", "medical_treatment", "在高速出口设立临时医疗点。"),
    ("doctors' rounds", "medical_treatment", "安排医生每日到隔离点巡诊。"),
    ("herbal medicine given out", "medical_treatment", "集中煎制中药预防汤剂,免费发放给一线人员。"),
    ("returnees registered one by one", "screening", "对返乡的186人逐一登记。"),
    ("a door-to-door register", "screening", "村干部一户一户上门登记。"),
    ("a clinic's questions", "screening", "医生询问流行病学史。"),
    ("vehicles held back", "traffic_control", "非必要的外地车辆暂不放行。"),
    ("through on a pass only", "traffic_control", "运输车辆凭通行证通行。"),
    ("a toll station's exit closed", "traffic_control", "收费站下站口暂时关闭。"),
    ("dine-in banned", "venue_closure", "全县餐馆一律不得提供堂食。"),
    ("a rural market suspended", "venue_closure", "各乡镇农村大集暂停。"),
    ("shops shut, as people say it", "venue_closure", "街上的饭馆和网吧都关了门。"),
    ("fairs not held", "gathering_restriction", "今年春节不举办庙会。"),
    ("a press conference", "public_communication", "县里召开疫情防控新闻发布会。"),
    ("people turned back are dissuaded", "patrol_enforcement", "对外来人员一律劝返。"),
    ("supplies brought to the door", "supply_assurance", "志愿者把蔬菜按户分好送上门。"),
    ("a leader inspecting at a checkpoint", "supervision", "县委书记张明在城关镇检查卡点时要求守好路口。"),
    ("venues named inside the closing phrase", "venue_closure", "暂停所有宗教活动场所对外开放。"),
    ("returnees under health management", "screening", "对中高风险地区来返人员实行健康管理。"),
    (
        "returnees to register, the verb in the next clause",
        "screening",
        "外地返乡的人员,要主动向村委会登记。",
    ),
    ("the police checking venues", "patrol_enforcement", "镇派出所对城区宾馆、网吧逐一检查。"),
    (
        "an order after a quoted slogan advised",
        "gathering_restriction",
        "倡导“婚事缓办”,春节期间不举办社火、庙会等聚集活动。",
    ),
    ("a fast lane for referrals", "medical_treatment", "学校与镇卫生院开通转诊绿色通道。"),
    ("a province's code app named", "health_code", "进入超市须扫“湘核验”。"),
    ("rural markets suspended", "venue_closure", "春节期间全镇暂停农村集市。"),
    ("an acceptance inspection", "supervision", "区教育局派出验收组对各校复学准备进行检查验收。"),
    ("freight relayed, drivers kept apart", "traffic_control", "口岸对入境货车实行人货分离、分段运输。"),
    ("boats kept in port", "traffic_control", "全镇渔船一律船不离港。"),
    ("wishes sent by phone", "gathering_restriction", "村里提倡用电话、视频拜年。"),
    ("crowds at a market kept down", "gathering_restriction", "镇市场监管所严格控制农贸市场人流量。"),
    ("a team sent out to inspect", "supervision", "县指导组先后深入两家工厂,调研疫情防控工作。"),
    ("asking who someone met", "contact_tracing", "村医上门询问返乡人员到家后跟哪些人有过接触。"),
    ("venues caught open against the closure", "venue_closure", "民警对违规营业的网吧依法处理。"),
    ("a flattened chain of command", "command_system", "镇防控指挥部实行扁平化运行。"),
    ("self-tests at home", "mass_testing", "封控区居民每日开展抗原自测。"),
    ("a village declared a risk zone", "area_lockdown", "该村已划定为高风险区。"),
    (
        "the police to hold rule breakers liable",
        "patrol_enforcement",
        "对拒不报备的,公安机关将依法追究责任。",
    ),
    ("the first doctor reports a fever patient", "medical_treatment", "各村卫生室落实发热病人首诊报告制度。"),
    ("leaflets handed out", "public_communication", "村干部走家串户发资料。"),
    ("a school term put off", "venue_closure", "全县中小学推迟开学。"),
    ("classes stopped", "venue_closure", "各校停课不停学,开展线上教学。"),
    ("a joint mechanism built across levels", "command_system", "迅速建立县、乡、村三级联防联控机制。"),
    ("a road cut off, the road first", "traffic_control", "村道路口用土堆阻断。"),
    ("no leaving the county but for need", "traffic_control", "倡导群众非必要不出县。"),
    ("rule breakers criticised and taught", "patrol_enforcement", "对违规聚集人员进行批评教育。"),
    ("price gouging struck at", "patrol_enforcement", "对哄抬物价行为依法打击。"),
    ("experts consulting on a patient", "medical_treatment", "组织医疗专家会诊。"),
    ("rumour spreaders dealt with", "patrol_enforcement", "依法查处散布谣言人员3人。"),
    ("distance kept in a queue", "personal_protection", "排队时保持一米以上安全距离。"),
    ("a fast lane for farm produce", "supply_assurance", "开通农产品运输绿色通道。"),
    ("a compound left with one gate", "area_lockdown", "城区各居民小区只保留一个出入口。"),
    ("throat swabs taken at home", "mass_testing", "医务人员上门为行动不便的老人采集咽拭子。"),
    ("outsiders' details checked by phone", "screening", "社区工作人员通过电话逐一核实外来人员信息。"),
    (
        "a rumour about the epidemic punished",
        "patrol_enforcement",
        "公安机关依法查处一起编造传播涉疫谣言的违法行为。",
    ),
    ("a leader's party come to inspect", "supervision", "副县长解卫东一行来院检查发热门诊运行情况。"),
    ("a party named by its head alone", "supervision", "当天下午,阮志高一行来到关垭省际卡点检查。"),
    ("a games not held this year", "gathering_restriction", "原定本月举办的牧民冬季运动会暂不举办。"),
    (
        "door to door, the registration a clause on",
        "screening",
        "网格员挨家挨户敲门,对从外地返回人员逐一登记。",
    ),
    ("a dragnet search", "screening", "各村开展拉网式清查,不落一户。"),
    ("returnees from a town named by one character", "screening", "各村对返溪人员进行登记。"),
    ("arrivals named by their town twice", "screening", "全市已登记来宜返宜人员8.7万人。"),
    ("returnees' register", "screening", "各村建立返乡人员台账。"),
    ("an example, no condition", "checkpoint", "例如有的村在路口设立了卡点。"),
    ("food taken to the door, words between", "supply_assurance", "社区每天把菜和米送到楼下。"),
    ("vegetables brought along with the check", "supply_assurance", "网格员上门测体温、送蔬菜。"),
    ("board and lodging for the stranded", "supply_assurance", "镇里协调酒店为滞留人员提供食宿。"),
    ("party members mobilized", "volunteer_mobilization", "各村迅速发动党员干部投入防控一线。"),
    ("paths closed, far from the verb", "traffic_control", "村里用树枝封闭了通往邻县方向的两条山间小路。"),
    ("a farm track closed", "traffic_control", "村民把通往邻村的机耕道用土堆暂时封闭。"),
    ("buses detoured", "traffic_control", "途经该小区的公交线路临时绕行。"),
    ("vehicles kept in the township", "traffic_control", "各乡镇实行人不出村、车不出乡。"),
    ("passenger transport controlled", "traffic_control", "交通运输部门严格客运管控。"),
    ("health packs handed out", "supply_assurance", "乡镇卫生院向独居老人发放“健康包”1.2万份。"),
    ("fever medicine allocated to clinics", "supply_assurance", "县医共体向各村卫生室调配退烧药、止咳药。"),
    ("spreading false information punished", "patrol_enforcement", "县公安局依法查处散布虚假信息人员2人。"),
    ("key groups followed up", "screening", "村医对辖区重点人群开展随访。"),
    ("going to the market banned", "gathering_restriction", "春节期间禁止群众到镇上赶集。"),
    ("key groups kept on file", "screening", "各村为重点人群建立健康台账。"),
    ("the old followed up", "screening", "家庭医生每周对独居老人上门随访。"),
    ("a regulator's check of shops", "supervision", "每天对全市超市、农贸市场和冷库开展拉网式检查。"),
    ("business entities checked", "supervision", "截至目前,共检查经营主体1130家次,排查冷库47座。"),
    ("a special inspection", "supervision", "县市场监管局开展进口冷链食品专项检查。"),
    ("firms checked", "supervision", "县工信局对复工企业逐一开展防疫检查。"),
    ("venues checked", "supervision", "镇里对辖区29家浴室、棋牌室逐一上门检查。"),
    ("an inspection team set up", "supervision", "县文旅局会同县公安局组成4个联合检查组。"),
    ("a joint acceptance check", "supervision", "市文旅局对两家景区开放准备情况进行联合验收。"),
    ("workers back registered", "screening", "企业对返岗员工逐一登记健康信息。"),
    ("days of observation apart", "quarantine", "外地返岗员工安排单独宿舍进行14天健康观察。"),
    ("a mobile lab brought in", "mass_testing", "省里调派的气膜实验室于7日晚抵达,连夜完成安装调试。"),
    ("a slogan's words do not hide an order after them", "area_lockdown", "村里拉起横幅,各户一律不出门。"),
    ("markets suspended, counted", "venue_closure", "暂停全县14个牲畜交易市场。"),
    ("markets suspended beside fairs", "venue_closure", "暂停所有集贸市场、庙会及文艺演出活动。"),
    ("venues said to be shut", "venue_closure", "“街上的馆子、茶铺、麻将馆全关了。”"),
    ("shoppers let in a few at a time", "personal_protection", "商超实行限流措施,每次进店不超过30人。"),
    ("a market's cap", "personal_protection", "农贸市场实行限流措施。"),
    ("customers capped", "personal_protection", "店内顾客不超过20人。"),
    ("pupils at staggered times", "personal_protection", "学校实行错峰上下学。"),
    ("gatherings not held for now", "gathering_restriction", "学校暂不组织升旗仪式、运动会等集体活动。"),
    ("meetings not resumed", "gathering_restriction", "企业暂不恢复员工集体培训和大型会议。"),
    (
        "an event that was to be held, called off",
        "gathering_restriction",
        "县里暂停了原定1月22日举办的“年货节”。",
    ),
    ("a pass issued by a named body", "traffic_control", "运输车辆凭县疫情防控指挥部统一核发的通行证通行。"),
    ("workers' health ledgers", "screening", "复工企业建立员工健康台账,每日上报。"),
    ("masks allocated to firms", "supply_assurance", "县工信局为全县复工企业调配口罩6.8万只。"),
    ("every newcomer registered", "screening", "对从重点地区来县人员,一律登记。"),
    ("a health declaration", "screening", "员工进厂前须进行健康申报。"),
    ("pupils' health reported daily", "screening", "对学生健康状况实行日报告制度。"),
    ("returnees' details entered", "screening", "网格员录入返乡人员信息。"),
    (
        "a habit in the clause before reaches no further",
        "area_lockdown",
        "老伴平时靠药物控制,封村后没法去镇上买药。",
    ),
]


@pytest.mark.parametrize(("why", "category", "sentence"), MISSED, ids=[m[0] for m in MISSED])
def test_a_missed_form_of_a_category_is_found(why: str, category: str, sentence: str) -> None:
    assert category in categories(sentence)


INVENTED = [
    ("a post kept, no travel restricted", "traffic_control", "值班人员非必要不离岗。"),
    ("home kept, no travel restricted", "traffic_control", "居民非必要不离开住所。"),
    ("a door-to-door search's registering", "checkpoint", "对返乡人员逐户摸排、逐人登记。"),
    ("a headquarters since its founding", "command_system", "县指挥部成立以来,全县各卡点坚持值守。"),
    (
        "a vaccination site's waiting area",
        "quarantine",
        "村民接种完第二剂疫苗后,坐在留观区里和邻居拉起了家常。",
    ),
    (
        "a group's task under its headquarters",
        "traffic_control",
        "县防指下设综合协调、交通管控等10个专项工作组。",
    ),
    ("the rule of a quarantine", "area_lockdown", "落实居家健康监测或集中隔离,其间不得外出。"),
    ("a purpose, not a restriction", "gathering_restriction", "为减少排队聚集,各采样点实行“一米线”间隔。"),
    ("close contacts named without tracing", "contact_tracing", "五名密切接触者已在隔离点集中隔离。"),
    ("close contacts named in a count", "contact_tracing", "新增密接人员三名。"),
    ("searching for close contacts is not a door-to-door search", "screening", "连夜排查密接人员。"),
    ("an outlet's name", "public_communication", "来源:县广播电视台。"),
    ("outsiders searched for from house to house", "checkpoint", "镇村干部挨家挨户排查外来人员。"),
    (
        "a case's own history of contact",
        "contact_tracing",
        "患者1月25至28日与本村确诊病例有接触,2月8日入院。",
    ),
    ("a case's path searched is tracing", "screening", "流调人员逐一开展流行病学调查,全面排查其活动轨迹。"),
    ("an expert's advice, the public after a comma", "personal_protection", "专家建议,市民出门要戴口罩。"),
    (
        "the reader asked to stay in",
        "area_lockdown",
        "疫情防控正处于关键时期,需要您的参与:戴口罩、少出门、不聚会。",
    ),
    ("a rumour of a sealed town", "area_lockdown", "公安机关对散布“县城封城”谣言的两人依法处罚。"),
    ("a lockdown elsewhere as a date", "area_lockdown", "省城“封城”后,我村立即召开会议。"),
    ("a patient's state steady", "supply_assurance", "患者病情稳定,全县疫情形势总体稳定。"),
    ("a law-enforcement bureau's name", "patrol_enforcement", "县综合行政执法局召开会议。"),
    ("a discipline commission's name", "supervision", "县纪律检查委员会发布消息。"),
    ("a detention house's name", "patrol_enforcement", "县公安局对看守所、拘留所实行封闭管理。"),
    ("a chief inspector's title", "supervision", "县公安局党委书记、局长、督察长李华部署工作。"),
    ("a shift at the fever clinic", "checkpoint", "感染科主任王明带领医护人员值守发热门诊。"),
    ("a volunteers' association's name", "volunteer_mobilization", "县志愿者协会捐赠了一批物资。"),
    ("a notice relayed at a meeting", "public_communication", "会议传达了《县疫情防控指挥部公告》。"),
    ("a notice studied", "public_communication", "会上学习了省里关于撤销检测点的通告精神。"),
    ("a negation", "quarantine", "返乡人员无需隔离。"),
    ("a crackdown on price gouging", "patrol_enforcement", "市场监管局坚决打击哄抬物价行为。"),
    ("a price inspection", "patrol_enforcement", "加强对蔬菜、粮油的价格巡查。"),
    ("a scenic area's cap on visitors", "personal_protection", "全县旅游景区实行预约、限流。"),
    (
        "a register of residents to serve",
        "screening",
        "社区为独居老人、残疾人等特殊群体建立台账,上门送药送菜。",
    ),
    ("a wartime state as the spirit", "command_system", "全镇干部迅速进入战时状态,连夜奔赴一线。"),
    ("not for now", "mass_testing", "目前我县暂不开展全员核酸检测。"),
    ("a suspension not made for now", "traffic_control", "全县公交暂不停运。"),
    ("venues not closed for now", "venue_closure", "农贸市场暂不关闭。"),
    ("no home quarantine needed", "quarantine", "低风险地区返乡人员无需居家隔离。"),
    ("no plan for now", "area_lockdown", "城区暂无封控计划。"),
    ("overreach forbidden", "checkpoint", "各乡镇严禁层层加码擅自设卡。"),
    ("a hospital's isolation ward", "quarantine", "县人民医院改造了一个隔离病区。"),
    ("visits to relatives told as a custom", "gathering_restriction", "每逢春节,三省群众走亲访友历来频繁。"),
    ("a hospital's isolation beds", "quarantine", "县人民医院被确定为定点救治医院,设置隔离病床40张。"),
    ("an observation ward", "quarantine", "医院设立了发热门诊和隔离留观病区。"),
    ("a closed loop of transfers", "area_lockdown", "入境货车司机一律实行“点对点”闭环管理。"),
    ("a closed loop in a ward", "area_lockdown", "发热患者全部落实单人单间、闭环管理。"),
    (
        "a medical team sent to take samples",
        "medical_treatment",
        "市里派出的支援医疗队已全部到位,负责核酸采样。",
    ),
    # a counted list of working groups: each item a team's name, no measure of its own
    ("a team named for supplies", "supply_assurance", "指挥部下设综合协调、物资保障、宣传引导3个工作专班。"),
    ("a team named for tracing", "contact_tracing", "镇里成立流调溯源、隔离转运等四个工作组。"),
    ("a team named in quotes", "disinfection", "下沉干部分成“采样、配送、消杀”三个小组。"),
    ("a scene remembered", "traffic_control", "回想三年前封闭高速路口的日子,老张至今感慨万千。"),
    ("a memory still fresh", "area_lockdown", "村民们对当年全村封闭管理的日子记忆犹新。"),
    ("a plan", "mass_testing", "该县拟于下周开展全员核酸检测。"),
    ("a planned checkpoint", "checkpoint", "镇里计划在路口设立卡点。"),
    ("testing as the situation requires", "mass_testing", "下周将视情况开展核酸检测。"),
    ("a start as the epidemic develops", "mass_testing", "将视疫情发展适时启动全员核酸检测。"),
    ("advice to stay in", "area_lockdown", "工作人员提醒村民少出门。"),
    ("advice on masks and gatherings", "personal_protection", "广播里提醒大家不聚集,出门戴口罩。"),
    ("an expert's advice after a comma", "gathering_restriction", "专家建议,市民尽量少出门、不聚集。"),
    ("a reminder after a colon", "area_lockdown", "县疾控中心提醒:市民尽量少出门。"),
    ("a wish that the public keep it up", "personal_protection", "希望广大群众继续做好个人防护。"),
    ("another epidemic's checkpoints remembered", "checkpoint", "2003年非典期间,该县曾在各路口设卡。"),
    ("villagers' markets in ordinary times", "gathering_restriction", "平日里两边村民走亲访友、赶集做买卖。"),
    ("publicity about not gathering", "gathering_restriction", "强化宣传不聚集、不外出。"),
    ("what a distancing line is for", "gathering_restriction", "采样点设置一米线,避免人员聚集。"),
    ("why distance is kept", "gathering_restriction", "各超市落实一米线,防止人员聚集造成交叉感染。"),
    (
        "publicity and patrols so that people stay in",
        "area_lockdown",
        "开展宣传和巡查,确保居民待在家中不外出。",
    ),
    ("persuading a family to call off a wedding", "patrol_enforcement", "村干部上门劝导村民婚礼延期。"),
    ("persuading hosts to call off village feasts", "patrol_enforcement", "村干部上门劝导取消坝坝席8场。"),
    ("persuading villagers not to crowd", "patrol_enforcement", "网格员上门劝阻村民聚集打牌。"),
    ("asking about vaccination", "vaccination", "网格员上门询问居民疫苗接种情况。"),
    ("a grid worker at work", "volunteer_mobilization", "社区网格员挨家挨户上门。"),
    ("the public served, not mobilized", "volunteer_mobilization", "县卫健局组织医护人员为群众接种疫苗。"),
    ("a red vest worn", "volunteer_mobilization", "村主任身穿红马甲骑车走村串户。"),
    ("a negated verb before the measure", "checkpoint", "该村没有设置卡点。"),
    ("a measure not yet taken", "mass_testing", "该乡尚未开展核酸检测。"),
    ("a rumour denied", "area_lockdown", "针对网传“城区要全面封控”的说法,县指挥部作出回应。"),
    ("a definition of close contacts", "contact_tracing", "密切接触者是指与病例有近距离接触的人。"),
    ("an inspection of the work is no patrol", "patrol_enforcement", "镇领导深入各村巡查防控落实情况。"),
    ("door to door to take samples", "screening", "镇村干部挨家挨户组织群众下楼采样。"),
    ("door to door, then to vaccinate", "screening", "村医挨家挨户上门,动员老人接种疫苗加强针。"),
    ("an appeal to wear masks", "personal_protection", "村民朋友们,请大家自觉做好自我防护,勤洗手、戴口罩。"),
    ("checks another place sent", "public_communication", "对外地推送的协查信息逐一核查。"),
    ("data another place pushed, traced", "public_communication", "累计协查省外推送人员信息2300余条。"),
    ("a negation before the verb and the scope", "mass_testing", "目前镇里暂未组织全员核酸检测。"),
    ("no sealing of the whole county", "area_lockdown", "全县没有实行全面封控管理。"),
    ("a leader's call at a meeting to check", "supervision", "县委书记在会上要求各地加强检查。"),
    ("a negation, then the object after a coverb", "checkpoint", "该县也未对进出车辆设卡检查。"),
    ("a hamlet's roads sealed, no area", "area_lockdown", "全县封闭村组道路2300余处。"),
    # a measure still weighed, expected, not ruled out, left to its moment or to a need; a netizen's claim
    ("still being studied", "area_lockdown", "镇里正在研究是否实行封闭管理。"),
    ("being weighed", "quarantine", "县里考虑征用宾馆作为集中隔离点。"),
    ("expected", "mass_testing", "该县预计下周开展全员核酸检测。"),
    ("not ruled out", "area_lockdown", "指挥部表示不排除采取封控措施。"),
    ("at the right moment", "mass_testing", "各地将根据疫情形势适时启动全员核酸检测。"),
    ("as the situation requires, short", "venue_closure", "城区视情关闭农贸市场。"),
    ("as need arises", "quarantine", "各乡镇根据需要设立临时隔离点。"),
    ("a netizen's claim", "area_lockdown", "有网民称城区要实行封控管理。"),
    ("a poor household's file", "screening", "为建档立卡贫困户送去慰问金。"),
    (
        "people urged to get vaccinated are no helpers",
        "volunteer_mobilization",
        "村干部上门动员群众接种疫苗。",
    ),
    ("an emergency plan started is no structure", "command_system", "镇里第一时间启动应急预案。"),
    # a negation over the whole verb phrase that holds the trigger
    ("a place phrase between", "checkpoint", "本村没有在各进出路口设置卡点。"),
    ("a modifier between", "checkpoint", "镇里没有设立疫情防控检查站。"),
    ("a manner word between", "screening", "目前该村尚未开展拉网式排查。"),
    ("a long object between", "screening", "该镇至今没有对重点地区来返人员进行全面摸排。"),
    ("a title's own 的", "public_communication", "县里并未发放《致全县人民的一封信》。"),
    ("a coverb's object with 的", "supervision", "该局没有对履职不力的干部进行问责。"),
    ("not needed", "mass_testing", "目前我县暂不需要开展全员核酸检测。"),
    ("a road barrier is no quarantine", "quarantine", "在通往邻县的乡道上设置硬隔离。"),
    ("a principle's list", "quarantine", "要坚持“四早”原则,做到早发现、早报告、早隔离、早治疗。"),
    ("sealed village roads are no sealed village", "area_lockdown", "各村封村道、设卡点。"),
    ("the next step, planned", "screening", "下一步,某某乡将对60岁以上未接种疫苗人员开展摸排。"),
    ("what a case would call for", "area_lockdown", "一旦出现阳性病例,要立即划定封控区域。"),
    ("what a case may call for", "mass_testing", "若出现阳性病例,将立即启动全员核酸检测。"),
    ("what a need may call for", "traffic_control", "必要时对进城车辆实行交通管制。"),
    ("a search with the investigation is tracing", "screening", "经流调排查,该病例在本县无活动轨迹。"),
    (
        "a file for each contact is no register of returnees",
        "screening",
        "对密切接触者实行“一人一档”追踪管理。",
    ),
    ("masks sent to the staff", "supply_assurance", "县卫健局向各卡点送防疫物资。"),
    ("disinfectant donated", "disinfection", "县红十字会向该镇捐赠口罩2000个、消毒液100公斤。"),
    ("masks as goods: their prices", "personal_protection", "县市场监管局加强对口罩等防疫物资价格的监管。"),
    ("masks as goods: bought in", "personal_protection", "县里采购口罩10万只,分发到各乡镇。"),
    ("masks as goods: made", "personal_protection", "口罩生产企业加紧复工复产。"),
    ("masks as goods: fakes sold", "personal_protection", "严厉打击销售假冒伪劣口罩行为。"),
    ("masks as goods: marked up", "personal_protection", "执法人员发现一家药店口罩标价明显偏高。"),
    (
        "gowns received as donated goods",
        "personal_protection",
        "县红十字会接收口罩、防护服等物资价值97万元。",
    ),
    ("disinfectant as goods: in stock", "disinfection", "全县口罩、消毒液等防疫物资储备充足。"),
    ("a compound letting people only in", "traffic_control", "小区实行只进不出管理。"),
    ("a clinic's observation room", "quarantine", "发热诊室设置独立的候诊区、诊室和留观室。"),
    ("a count of cases, no gathering", "gathering_restriction", "全县确诊人数不超过10人。"),
    ("a checkpoint stopping cars to check them", "traffic_control", "卡点工作人员在路口拦住车辆测温登记。"),
    (
        "gowns and masks counted on a donation roll",
        "personal_protection",
        "某医疗器械公司 医用防护服500套、N95口罩3000只",
    ),
    ("masks bought by a villager", "personal_protection", "她说:“就想给守卡点的后生们买几个口罩。”"),
    ("masks sent by post", "personal_protection", "我上个礼拜托人寄了两箱口罩回去。"),
    ("protective goods in demand", "personal_protection", "口罩、体温计等防护用品需求激增。"),
    ("the citizens' hotline taking requests", "reporting_reward", "全县12345热线累计受理群众诉求800余件。"),
    ("a number to complain on", "reporting_reward", "如遇不合理限行,请拨打投诉电话12345。"),
    (
        "the citizens' line, its answers in the next clause",
        "reporting_reward",
        "拨打12345热线,工作人员解答了市民诉求。",
    ),
    # returnees named as a group, the verb acting on something else or home monitoring after quarantine
    (
        "returnees quarantined, then monitored at home",
        "screening",
        "外省返乡人员集中隔离7天,再居家健康监测7天。",
    ),
    (
        "outsiders asked to show codes, yellow codes controlled",
        "screening",
        "外来人员进村须亮码,由村干部查验,黄码人员落实管控。",
    ),
    (
        "a case found among returnees",
        "screening",
        "在返乡人员中发现1例阳性后,县里启动应急响应,成立隔离管控专班。",
    ),
    (
        "a member of a party group",
        "command_system",
        "给予县市场监管局党组成员、副局长、专班负责人王某撤职处分。",
    ),
    ("a task in a body's name", "venue_closure", "县疫情防控和复工复产工作指挥部发布通告。"),
    (
        "a cluster of cases",
        "gathering_restriction",
        "无症状感染者主要通过密切接触者筛查、聚集性疫情调查等途径发现。",
    ),
    ("a case's own visit to a clinic", "medical_treatment", "3月27日上午该病例到合口镇中心卫生院就诊。"),
    ("persons under control", "area_lockdown", "对密接人员实施临时管控。"),
    ("a wall of isolation, a figure in a headline", "quarantine", "凤凰县:筑牢疫情防控“隔离墙”"),
    ("vaccines being developed", "vaccination", "目前已有超过100个候选疫苗正在研发。"),
    ("a vaccine's clinical trial", "vaccination", "该公司研制的灭活疫苗进入二期临床试验。"),
    ("sampling door to door is testing", "screening", "医务人员连续10天开展入户核酸采样。"),
    ("a round of testing called a screening", "screening", "庄行镇开展第七轮全员核酸筛查。"),
    ("vaccinating house by house", "screening", "队员们深入牧场,逐户为老人接种加强针。"),
    ("a banquet reported before it is held", "screening", "红白事确需举办的须向所在镇报备。"),
    ("working units counted", "command_system", "县卫健局组建转运专班5个,配备转运车辆42辆。"),
    ("village roads closed", "area_lockdown", "各镇对部分村组道路实行临时封闭。"),
    ("a compound not concerned", "area_lockdown", "其居住的小区不涉及封控,居民正常出行。"),
    ("the watch after a jab", "quarantine", "接种点实行间隔排队,接种后留观30分钟。"),
    ("a fever patient observed", "quarantine", "发热门诊对发热患者实行单间留观。"),
    ("roads closed, not a sealed area", "area_lockdown", "詹桥镇对通往湖北的乡村道路实行封闭管理。"),
    ("a household's own shopping", "supply_assurance", "每户每两天可指派1名家庭成员外出采购生活物资。"),
    ("a patrol post is no check on the guards", "supervision", "洋山镇在大洋山码头增设夜间巡查岗。"),
    ("a blanket closure not gone in for", "area_lockdown", "县防指明确,目前不搞“一刀切”封村堵路。"),
    ("announced later", "public_communication", "宗教活动场所仍暂不开放,开放时间另行公告。"),
    ("the citizens' hotline for questions", "reporting_reward", "采样点信息可拨打12345热线咨询。"),
    ("a patient's temperature as a state", "personal_protection", "目前该患者体温正常,生命体征平稳。"),
    ("a patient's temperature as a reading", "personal_protection", "27日出现发热,体温38.5°C,随即就诊。"),
    ("a patient's own test", "mass_testing", "患者经市疾控中心核酸检测呈阳性。"),
    ("test kits", "mass_testing", "新型冠状病毒核酸检测试剂日产量已达到10万人份。"),
    ("masks in short supply", "personal_protection", "医院的口罩和防护服十分紧张。"),
    ("disinfectant as goods sent", "disinfection", "协调84消毒液3万箱已全部运抵。"),
    ("disinfectant in a list of goods", "disinfection", "县红十字会接收口罩、消毒液、方便食品等物资。"),
    ("a counselling hotline", "reporting_reward", "县卫健局开通心理支持热线。"),
    ("suspected cases being diagnosed", "screening", "另有3例疑似病例正在排查中。"),
    ("a lockdown denied in so many words", "area_lockdown", "目前县城不实行封闭管理,群众生产生活秩序正常。"),
    ("a market kept open", "venue_closure", "圩日集市暂不取消,但实行单向进出。"),
    ("a port closed is traffic control", "area_lockdown", "中心渔港实行封闭管理,渔船暂停出港。"),
    ("vaccination suspended", "vaccination", "受疫情影响,全镇暂缓开展新冠疫苗接种。"),
    ("a reporting line still being weighed", "reporting_reward", "该区也将研究设立举报渠道。"),
    (
        "the public told to rely on what is published",
        "public_communication",
        "请群众不信谣、不传谣,以官方发布信息为准。",
    ),
    ("contacts traced, not screened", "screening", "对风险人员逐一追踪排查。"),
    (
        "organizations listed, not organized",
        "volunteer_mobilization",
        "各类社会组织、群众团体要加强自我管理。",
    ),
    (
        "what an exception keeps open, not a measure of its own",
        "supply_assurance",
        "除保障群众基本生活必需的农贸市场外,其余集贸市场一律暂停营业。",
    ),
    (
        "cadres organized for a search, not mobilized",
        "volunteer_mobilization",
        "各村要组织干部、网格员逐户上门排查登记。",
    ),
    (
        "the consequence of a condition, clauses on",
        "contact_tracing",
        "如出现阳性感染者,则要第一时间启动应急处置机制,2小时内完成核心信息流调。",
    ),
    (
        "a lockdown a worse case would call for",
        "area_lockdown",
        "如境外输入风险加大,则启动沿江村屯封闭管理。",
    ),
    ("advice for a case that may come", "medical_treatment", "如有发热、咳嗽等症状,要及时到发热门诊就诊。"),
    ("vegetables delivered door to door", "screening", "社区干部和志愿者逐户把蔬菜送到居民家门口。"),
    ("masks for the front line", "supply_assurance", "为一线人员送口罩。"),
    ("returnees who need not report", "screening", "从低风险地区返回的人员无需报备,正常出行即可。"),
    ("knocking to remind", "screening", "镇村干部逐户敲门提醒居民下楼检测。"),
    ("a dragnet patrol", "screening", "沿边境一线开展拉网式巡逻,严防非法越境。"),
    ("a dragnet check of markets", "screening", "县市场监管局对农贸市场开展拉网式检查。"),
    ("cases found by a screening, a case report", "screening", "新增病例中5例在社区筛查中发现。"),
    ("a ledger of problems to fix", "screening", "对督查发现的问题建立台账、逐项整改。"),
    ("ledgers an inspection looks at", "screening", "督查组查看车辆登记台账和体温检测记录。"),
    ("a hospital's infection-control check", "screening", "护理部对发热门诊和隔离病区开展院感排查。"),
    (
        "a credit's publicity office, not publicity",
        "public_communication",
        "(南坪街道党工委宣传统战办 供稿 审核:冉建国)",
    ),
    ("antigen kits delivered as goods", "mass_testing", "县里向乡镇卫生院配送抗原检测试剂3万人份。"),
    ("antigen kits in a price case", "mass_testing", "该药店哄抬抗原检测试剂价格。"),
    ("a patient's vital signs", "personal_protection", "村医为卧床老人测量血氧、体温。"),
    ("masks as goods whose price was raised", "personal_protection", "该超市将口罩由每包8元上调至25元销售。"),
    ("a health pack's contents", "personal_protection", "每份健康包包含退烧药、口罩等物品。"),
    ("officials' lapses investigated", "patrol_enforcement", "县纪委监委对4起履职不力问题进行了严肃查处。"),
    ("an official reprimanded", "patrol_enforcement", "该站副站长受到批评教育并被调离工作岗位。"),
    ("experts sent down to clinics", "volunteer_mobilization", "县医院向乡镇卫生院下沉专家60余人次。"),
    (
        "what false information posted said",
        "area_lockdown",
        "居民赵某某在微信群内编造、发布“某小区出现阳性病例已封小区”的虚假信息。",
    ),
    ("a detour guarded against", "traffic_control", "要加强对村组道路的巡查,严防人员从小路绕行进入。"),
    (
        "a case's trip to the market in its trajectory",
        "gathering_restriction",
        "10月7日下午到祥霖铺镇赶集约1小时。",
    ),
    (
        "a fast lane to care opened in a lockdown",
        "traffic_control",
        "封控期间卫生院开通了24小时就医绿色通道。",
    ),
    ("a mobile lab", "medical_treatment", "省里调派的方舱实验室于7日晚抵达,连夜完成安装调试。"),
    ("a parcel's code", "health_code", "快递员提醒:包裹已经消过毒了,请扫码签收。"),
    ("staff's daily health watch", "quarantine", "督促经营者落实从业人员每日健康监测、规范佩戴口罩。"),
    ("a bureau of radio and television", "public_communication", "县文化广播电视和旅游局于7月17日印发通知。"),
    ("an officer staying at a firm", "patrol_enforcement", "县经信局派出驻企服务员“一对一”蹲点服务。"),
    ("an internet café's customers registered", "checkpoint", "上网人员须扫描健康码、实名登记后方可入场。"),
    (
        "a checkpoint's crew",
        "supervision",
        "在服务区,由交通、公安人员组成的联合检查组24小时值守,查验健康码。",
    ),
    ("the police's sweep of venues", "supervision", "会同相关部门对全市网吧开展拉网式检查,行政拘留12人。"),
    ("a banner's slogan", "area_lockdown", "村里拉起了“少出门不串门,不给病毒留空门”等横幅。"),
    ("a slogan on a wall", "area_lockdown", "他身后的墙上贴着“宁可十天不出门,不让病毒进家门”的标语。"),
    ("a slogan hung up", "gathering_restriction", "各村村部挂起“不聚餐、不串门、勤洗手”的横幅。"),
    (
        "businesses checked by a regulator",
        "screening",
        "县市场监管局对辖区内冷链食品经营者开展“拉网式”排查。",
    ),
    ("cold stores counted in a regulator's check", "screening", "共检查经营主体428家次,排查冷库47座。"),
    (
        "a regulator's check of prices",
        "supervision",
        "县市场监管局对全县商超、药店开展价格巡查,严防哄抬物价。",
    ),
    ("a market's supervision suspended", "venue_closure", "暂停农贸市场监管执法检查。"),
    ("a shop's lights turned off", "venue_closure", "他把店里的灯全关了,和往常一样。"),
    ("jobs published", "public_communication", "县人社局开通网上招聘平台,发布岗位信息4300余个。"),
    ("farming advice published", "public_communication", "共发布春耕技术要点和农事提示36期。"),
    ("data a platform pushes", "public_communication", "民警与大数据平台推送的信息逐一比对。"),
    ("a sheet of farming advice", "public_communication", "发放春管技术明白纸5万余份。"),
    (
        "the party's department of organization",
        "volunteer_mobilization",
        "县委组织部抽调骨干力量组成督导组。",
    ),
    ("a plant that runs without a stop", "traffic_control", "3条焚烧线24小时不停运转。"),
    ("vehicles registered at a checkpoint", "screening", "过往车辆全部登记。"),
    ("a person's health in good state", "screening", "他的健康状况良好。"),
]


@pytest.mark.parametrize(("why", "category", "sentence"), INVENTED, ids=[m[0] for m in INVENTED])
def test_an_invented_category_is_not_reported(why: str, category: str, sentence: str) -> None:
    assert category not in categories(sentence)


@pytest.mark.parametrize(
    ("category", "sentence"),
    [
        (
            "venue_closure",
            "除保障群众基本生活必需的农贸市场外,其余集贸市场一律暂停营业。",
        ),  # the order after it
        ("checkpoint", "干部们除负责对两个卡点进行值守外,还每天督导封闭单元。"),  # 除…外,还…: besides
    ],
)
def test_an_exception_clause_leaves_the_order_and_besides_leaves_its_measure(
    category: str, sentence: str
) -> None:
    assert category in categories(sentence)


@pytest.mark.parametrize(
    ("category", "sentence"),
    [
        ("quarantine", "从外地返乡的人员一律居家隔离。"),  # an order, not a plan
        ("area_lockdown", "全镇将于明日零时起实行封闭管理。"),  # an announced order with its date
        ("checkpoint", "下一步,镇里将继续做好卡点值守。"),  # a measure in force goes on
        ("checkpoint", "各村按照计划设立卡点。"),  # done as planned
        ("mass_testing", "居民重视疫情防控,主动参加核酸检测。"),  # 重视疫情 is no 视疫情
        ("personal_protection", "提醒群众:进入超市必须佩戴口罩。"),  # an order after the reminder
        ("public_communication", "镇政府印发《致全镇群众的一封信》。"),  # a letter issued to the public
        ("supervision", "成立了八个疫情防控督查组。"),  # a task team set up is the measure
        ("patrol_enforcement", "城管执法人员上街巡逻。"),  # law enforcement at work, not a bureau's name
        # publicity as one item of a list does not make the next item advice
        ("personal_protection", "干部们走村入户搞宣传、路口设点量体温。"),
        ("gathering_restriction", "加强宣传,全县一律不聚集。"),  # publicity, then an order of its own
        # publicity named as the means of what the next clause reports: banquets stopped, no advice about them
        ("gathering_restriction", "该乡通过入户宣传、广播提醒等多种方式,劝停了8次喜宴。"),
        ("gathering_restriction", "村里悬挂宣传标语,劝停喜宴3场。"),  # a banner of publicity is a thing
        ("contact_tracing", "经流调排查,该病例在本县无活动轨迹。"),
        ("screening", "对返乡人员实行“一人一档”管理。"),
        ("command_system", "县防指下设综合协调、流调溯源、物资保障5个工作专班。"),  # the teams set up
        ("area_lockdown", "全镇各居民小区实行闭环管理。"),  # a closed loop around compounds
        ("command_system", "全县上下进入战时机制。"),  # a wartime mechanism set up
        ("supply_assurance", "市场监管局坚决打击哄抬物价行为。"),  # prices kept stable
        # what is done already, after a plan in an earlier clause
        ("screening", "下一步,镇里将视情况组织集中接种,目前已摸排辖区居民1200余人。"),
        ("supply_assurance", "各乡镇封村道、设卡点、送物资。"),
    ],
)
def test_orders_issued_documents_and_task_teams_still_count(category: str, sentence: str) -> None:
    assert category in categories(sentence)


def test_word_lists_take_literal_words_and_regexes() -> None:
    pattern = word_pattern(["拟", "re:计[划算]"])
    assert pattern.search("计算") and pattern.search("拟定") and not pattern.search("打")
    assert not word_pattern([]).search("任何文字")


def test_a_researcher_can_add_a_category_trigger_without_code() -> None:
    table = parse_lexicon(["contact_tracing\tre:追踪[^,。]{0,4}接触者"])
    text = "连夜追踪接触者。"
    assert {m.category for m in find_measures(text, split_sentences(text), triggers=table)} == {
        "contact_tracing"
    }


# --- one vocabulary -----------------------------------------------------------------------


def _scheme_notations() -> set[str]:
    graph = Graph().parse(ROOT / "ontology" / "measures.ttl")
    return {
        str(n)
        for c in graph.subjects(SKOS.inScheme, EK.MeasureScheme)
        for n in graph.objects(c, SKOS.notation)
    }


def _gold_format_categories() -> set[str]:
    path = ROOT.parent / "shared" / "gold-format.md"
    if not path.exists():
        pytest.skip("the shared gold format is not beside this checkout")
    return set(re.findall(r"^\s*\| `([a-z_]+)` \|", path.read_text(encoding="utf-8"), flags=re.M))


def test_category_names_agree_across_scheme_code_and_table() -> None:
    scheme = _scheme_notations()
    assert len(scheme) == 21
    assert scheme == set(CATEGORIES)
    assert {t.category for t in lexicon()} == scheme


def test_category_names_agree_with_the_gold_format() -> None:
    assert _gold_format_categories() == _scheme_notations()


@pytest.mark.parametrize(
    ("category", "sentence"),
    [
        ("checkpoint", "全县没有发现病例,继续实行卡点管控。"),  # the negation is in another clause
        ("checkpoint", "他们没有休息,一直坚守在卡点。"),
        ("patrol_enforcement", "民警在街道巡查,劝导群众戴口罩。"),  # a street patrol is one
        # the negation inside an object after a coverb, ended before the trigger, or not one at all
        ("screening", "镇里对未接种疫苗人员开展摸排。"),
        ("patrol_enforcement", "没有健康码的外地人员一律劝返。"),
        ("checkpoint", "村干部没有等待上级通知就在路口设立检查站。"),
        ("mass_testing", "未来一周,城区将继续开展核酸检测。"),
        ("public_communication", "镇里尚未收到市里的通知,但已张贴防疫公告。"),
        # given the situation, the penalty a rule sets, a need stated, a measure in force that goes on
        ("checkpoint", "考虑到疫情形势严峻,各村设立卡点。"),
        ("patrol_enforcement", "对违反规定者,视情节轻重依法处理。"),
        ("quarantine", "镇里根据防控需要设立集中隔离点。"),
        ("checkpoint", "各地适时调整措施,继续做好卡点值守。"),
        # a shortfall in carrying a measure out: the measure is ordered
        ("health_code", "暗访发现个别超市未严格落实扫码要求。"),
        ("patrol_enforcement", "村干部未及时劝离在路边打牌的村民。"),
        ("quarantine", "检查发现部分返乡人员未严格居家隔离。"),
    ],
)
def test_a_negation_or_an_inspection_elsewhere_leaves_the_measure(category: str, sentence: str) -> None:
    assert category in categories(sentence)


_LEVELS = {"province", "prefecture", "county", "township", "village", "other"}


@pytest.mark.parametrize(
    "folder",
    ["seeds", "bench/devgold/look", "bench/devgold/heldout", "bench/written/look", "bench/written/heldout"],
)
def test_every_shipped_gold_file_reads_and_speaks_the_schemes_words(folder: str) -> None:
    """The gold the dev figures come from: each file reads, names its own page, and uses only the scheme's
    categories and the format's levels; a written article's page lies beside its gold."""
    import json

    from epikg.evaluation.documents import read_gold

    paths = sorted((ROOT / folder).glob("*.gold.json"))
    assert paths
    for path in paths:
        read_gold(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["doc_id"] == path.name.removesuffix(".gold.json")
        assert {m["category"] for m in data["measures"]} <= _scheme_notations(), path
        assert {p["level"] for p in data["places"]} <= _LEVELS, path
        if folder.startswith("bench/written"):
            assert path.with_name(data["doc_id"] + ".txt").is_file()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("现就有关事项通告如下:一、全县设卡。", "public_communication"),  # a notice's own words
        ("本通告自发布之日起施行。", "public_communication"),
        ("关于进一步加强新冠肺炎疫情防控工作的通告", "public_communication"),  # its title line
        ("可拨打县防指24小时服务热线0994-7212345。", "reporting_reward"),  # a service line, a phone number
        ("全县宗教活动场所一律暂停营业开放。", "gathering_restriction"),  # a venue closed, not an activity
        ("作者:宣传科 上官婉清", "public_communication"),  # a hospital's department
        ("区红十字会向志愿者捐赠防护服、口罩等物资。", "personal_protection"),  # a donation
        ("县直各单位抽调300余名干部下沉卡点。", "volunteer_mobilization"),  # staff seconded, not mobilized
        ("组织流动接种车进村入户,为老人接种加强针。", "screening"),  # entering homes to vaccinate
        ("执法人员在农贸市场检查进货台账。", "screening"),  # a shop's ledger, no register of people
        ("志愿者挨家挨户张贴《致居民朋友的一封信》。", "screening"),  # letters posted door to door
        ("县人民医院感染科", "medical_treatment"),  # 医院 and 感染科: no 院感
    ],
)
def test_what_only_looks_like_a_measure_of_the_category(text: str, absent: str) -> None:
    assert absent not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("县防指发布通告,要求群众非必要不外出。", "public_communication"),  # a notice reported
        ("开通举报热线12345。", "reporting_reward"),
        ("全县宗教活动一律暂停。", "gathering_restriction"),
        ("劝导取消坝坝席14场。", "gathering_restriction"),  # Sichuan's open-air banquets
        ("一律实行“三码”查验。", "health_code"),  # health, itinerary and vaccination codes
        ("下设综合协调、流调溯源、核酸检测、隔离管控、物资保障五个工作专班。", "command_system"),
        ("迅速启动应急指挥体系。", "command_system"),
        ("志愿者帮忙买菜送到门口。", "supply_assurance"),
        ("向群众宣传科学防疫知识。", "public_communication"),  # 科学 is no department
        ("要求居民出门佩戴口罩。", "personal_protection"),
        ("工作人员为村民免费发放口罩。", "personal_protection"),  # masks handed out to be worn
        ("企业要做好厂区和生产设备定期消毒。", "disinfection"),  # a production line disinfected
        ("指导企业落实测温、消毒、错峰用餐等措施。", "disinfection"),
        ("消毒液生产企业复工后,要加强车间消毒。", "disinfection"),  # the maker's own workshop, a clause apart
        ("县市场监管局加强对防疫物资价格的监管。", "supply_assurance"),  # prices watched
        ("村支书提醒村民不串门、红白喜事一律停办。", "gathering_restriction"),  # advice, then an order
        ("倡导喜事缓办,原则上不举办超过50人的聚餐。", "gathering_restriction"),
        ("党员干部迅速下沉到三湖社区。", "volunteer_mobilization"),
        ("医院加强院感防控。", "medical_treatment"),
    ],
)
def test_the_category_where_the_measure_is_reported(text: str, category: str) -> None:
    assert category in categories(text)


def test_the_items_of_an_appeal_name_no_behaviour_of_the_public_as_a_measure() -> None:
    """`发出如下倡议:` then numbered items: masks and not gathering are asked of the public, advice; testing the
    county arranges, and an item an order word binds (`一律`), are measures still."""
    text = (
        "县指挥部向全县群众发出如下倡议:\n一、做好个人防护。坚持戴口罩、勤洗手。\n二、减少聚集活动。不串门、不聚餐。\n"
        "三、积极配合核酸检测。\n四、从中高风险地区返乡人员一律居家隔离。"
    )
    found = categories(text)
    assert not found & {"personal_protection", "gathering_restriction"}
    assert {"mass_testing", "quarantine"} <= found


def test_an_appeal_titled_so_asks_the_public_after_its_preamble() -> None:
    """A page titled `...的倡议书`, its salutation and a paragraph on why, then the items: masks and not gathering
    are asked of the public, no measures; testing the county arranges is one."""
    text = (
        "县指挥部致全县居民群众的倡议书\n全县广大居民群众:\n国庆假期以来,周边地区疫情多点散发,防控形势严峻复杂。\n"
        "一、做好个人防护。外出时坚持规范佩戴口罩,勤洗手、常通风。\n二、减少聚集。自觉减少走亲访友、聚会聚餐。\n"
        "三、积极配合核酸检测。\n县新冠肺炎疫情防控指挥部\n"
    )
    found = categories(text)
    assert not found & {"personal_protection", "gathering_restriction"}
    assert "mass_testing" in found


@pytest.mark.parametrize(
    ("text", "category", "reported"),
    [
        ("县人民医院发热门诊护士长张丽介绍了接诊情况。", "medical_treatment", False),  # the unit of her post
        ("县疾控中心流行病学调查队队长李强介绍情况。", "contact_tracing", False),
        ("核酸检测组组长王强带领队员完成全员核酸检测。", "mass_testing", True),  # said again outside the post
        ("镇里成立疫情防控指挥部,由镇人大主席仲华担任总指挥。", "command_system", True),  # a post taken
    ],
)
def test_a_trigger_inside_a_post_phrase_names_a_job_not_a_measure(
    tmp_path: Path, text: str, category: str, reported: bool
) -> None:
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(f"发布时间:2022-03-14\n{text}\n", encoding="utf-8")
    found = {m.category for m in extract(read_article(page)).measures}
    assert (category in found) is reported


@pytest.mark.parametrize(
    "text",
    [
        "截至2月17日,县红十字会共接收社会各界捐赠资金532.6万元,口罩11.8万只、防护服1600套、消毒液42吨。",
        "此次捐赠的物资包括N95口罩2万只、医用防护服1500套、红外测温枪200把。",
        "2. 某某商会 医用口罩1万只、红外测温枪50支",  # a line of a donors' list
        "同乡会也向县里捐赠N95口罩1200只、护目镜300副。",
        "许多女企业家主动转产口罩、防护服。",
    ],
)
def test_masks_and_disinfectant_as_goods_report_no_measure(text: str) -> None:
    """data/measure_goods.tsv: supplies given, received, made or counted as items."""
    assert not categories(text) & {"personal_protection", "disinfection"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("社区向居民发放口罩2000只,要求外出一律佩戴口罩。", "personal_protection"),  # handed out to be worn
        ("全镇对农贸市场每天消毒两次。", "disinfection"),
        ("卡点工作人员全部穿戴防护服。", "personal_protection"),
    ],
)
def test_masks_worn_and_places_disinfected_still_count(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "商会第一时间在群里发起倡议,两天就筹集到了善款和口罩。",
        "县红十字会关于社会捐赠款物接收和使用情况的公告(第4号)",
    ],
)
def test_an_appeal_for_donations_is_no_publicity(text: str) -> None:
    assert "public_communication" not in categories(text)


def test_an_appeal_to_the_public_is_publicity() -> None:
    assert "public_communication" in categories("县指挥部发布倡议书,倡议群众少出门、不聚集。")


def test_a_false_claim_quoted_reports_no_measure() -> None:
    """`发布“大批人员被拉走隔离”等不实视频`: the quoted words are the claim (data/measure_banners.tsv)."""
    assert "quarantine" not in categories("网民在抖音平台发布“大批人员被拉走隔离”等不实视频,引发恐慌。")


def test_the_penalty_for_a_quoted_rumour_is_enforcement() -> None:
    assert categories("王某因编造“某小区全员隔离”的谣言被行政拘留5日。") == {"patrol_enforcement"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("农户通过手机即可申请,足不出户就能拿到贷款。", "area_lockdown"),  # a manner, no one kept in
        ("“大家守好自家门,就是守住了全城的平安。”", "checkpoint"),  # a figure of speech
        ("村医守好健康“第一道门”。", "checkpoint"),
        ("新班子要迅速进入角色,守好群众家门。", "checkpoint"),  # the people's doors: a figure of speech
        (
            "县里分批次安排规模以上企业复工。",
            "gathering_restriction",
        ),  # firms above a size, no meeting's size
        ("根据县防指第7号通告要求,各村加强值守。", "public_communication"),  # a notice cited, not issued here
        ("他提醒记者注意安全。", "public_communication"),  # a person's word to another, no body's notice
        ("卡口对过往车辆逐一登记。", "screening"),  # vehicles logged at a checkpoint, no people searched out
        ("上门登记员工接种意愿。", "screening"),  # a vaccination drive's sign-up
        (
            "小区实行封闭管理,居民凭出入证进出。",
            "traffic_control",
        ),  # a sealed compound's passes, its lockdown
    ],
)
def test_figures_of_speech_report_no_measure(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("全体居民足不出户,生活物资由社区配送。", "area_lockdown"),
        ("志愿者24小时值守小区大门。", "checkpoint"),
    ],
)
def test_staying_in_and_guarding_a_gate_still_count(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "机场一线工作人员全部实行闭环管理。",
        "对参与保障的2000余名员工实行闭环管理。",
        "监狱启动封闭执勤模式。",
        "所有人员实行“两点一线”闭环管理。",
    ],
)
def test_staff_kept_in_a_closed_loop_is_a_sealed_workplace(text: str) -> None:
    assert "area_lockdown" in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [("对入境人员实行闭环转运、集中隔离。", "quarantine"), ("对货运车辆实行闭环管理。", "traffic_control")],
)
def test_a_loop_of_transfers_or_of_freight_is_no_sealed_workplace(text: str, category: str) -> None:
    assert categories(text) == {category}


# --- a utility's and a regulator's own checks: what they search is no person -----------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("供电所对方舱医院的配电箱、电缆和开关逐一排查,消除隐患3处。", "screening"),
        ("移动公司提前排查了核酸采样点的网络信号。", "screening"),
        ("抢修人员逐台核查隔离酒店空调的用电负荷。", "screening"),
        ("自来水公司安排专人每天巡查城区供水管网。", "patrol_enforcement"),
        ("燃气公司对老旧小区的燃气线路开展拉网式巡查。", "patrol_enforcement"),
        ("县发改局在城区设立6个价格监测点,每天采集猪肉、鸡蛋价格。", "checkpoint"),
    ],
)
def test_lines_equipment_and_prices_checked_are_no_measure_on_people(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("各村对从外地返乡人员逐一排查登记。", "screening"),
        ("派出所民警加强对城区重点路段的巡查。", "patrol_enforcement"),
        ("在高速路口设立疫情防控检测点,对过往车辆逐一测温。", "checkpoint"),
    ],
)
def test_people_searched_patrols_and_road_checkpoints_still_count(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("镇里成立物资保障组,负责隔离户的生活物资配送。", "command_system"),
        ("疫情发生后,全镇立即由常态化防控转入应急状态。", "command_system"),
        ("县农商银行组建了12支党员志愿服务队,上门为商户办理业务。", "volunteer_mobilization"),
        ("团县委组织青年突击队到卡点值守。", "volunteer_mobilization"),
        ("县市场监管局会同县卫健局开展联合检查。", "supervision"),
    ],
)
def test_groups_set_up_a_state_entered_teams_of_volunteers_and_joint_checks_count(
    text: str, category: str
) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("执法人员到超市开展价格监督检查。", "supervision"),  # the market's prices, no check of the response
        ("局价格监督检查股开展巡查。", "supervision"),  # a section's name
        ("截至2月3日,共检查点位136个,发现问题32个。", "checkpoint"),  # the spots an inspection looked at
        ("我们为每家企业派驻一名联络员。", "area_lockdown"),  # help for firms, no household kept in
    ],
)
def test_price_checks_spots_inspected_and_liaisons_are_no_such_measure(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("县纪委监委对卡点值守开展监督检查。", "supervision"),
        ("该检查点位于村口,24小时有人值守。", "checkpoint"),
        ("封控区内每户每天只派一人外出采购。", "area_lockdown"),
    ],
)
def test_supervision_checkpoints_and_households_kept_in_still_count(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("严格落实“四类药品”购药人员实名登记制度。", "screening"),  # buyers of fever drugs found
        ("实行退烧、止咳类药品购买人员实名登记。", "screening"),
        ("对3家违规提供堂食的餐厅依法予以罚款。", "patrol_enforcement"),  # a fine
        ("各校严格落实晨午晚检制度。", "personal_protection"),  # pupils checked morning and noon
    ],
)
def test_drug_buyers_registered_fines_and_school_checks_count(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "村里用土堆和铁马把3条进村小道封闭。",  # side roads closed, the object before the verb
        "客运班车严格控制客座率。",  # transport run below capacity
        "非必要车辆一律劝返。",  # vehicles turned back: the road closed to them (issue 13; so the real held-out gold)
        "对外地车辆一律劝返。",
        "对无核酸检测证明的外地车辆劝返360余辆。",
    ],
)
def test_side_roads_closed_seats_limited_and_vehicles_turned_back_are_traffic_control(text: str) -> None:
    assert "traffic_control" in categories(text)


def test_people_turned_back_are_dissuasion_and_no_traffic_control() -> None:
    assert categories("对外地返乡人员一律劝返。") & {"traffic_control"} == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("全县已储备蔬菜120吨、米面油80吨。", "supply_assurance"),  # daily supplies stockpiled
        ("对购买退烧、止咳类药品的顾客实行实名登记。", "screening"),  # the buyer after the drugs bought
        ("村口卡点对进出人员逐一测温、查码、登记。", "health_code"),  # the code checked
        ("寻根祭祖园暂停对外开放。", "venue_closure"),  # a park closed
        ("采样时出示赣通码和身份证。", "health_code"),  # a province's code
    ],
)
def test_stockpiles_drug_buyers_codes_checked_and_parks_closed(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("全县现有集中隔离点3个,储备房间420间。", "supply_assurance"),  # rooms held for quarantine
        ("学校储备口罩5000只、消毒液40公斤。", "supply_assurance"),  # protective gear kept in store
        ("镇里组织人员检查码头。", "health_code"),  # a wharf inspected
        ("园区出入口暂停开放。", "venue_closure"),  # a way in, no venue
    ],
)
def test_rooms_held_a_wharf_and_a_parks_gates_are_none_of_these(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    "text",
    ["发放疫情防控明白纸5万余份。", "通过微信群推送防疫知识。", "县疾控中心发布健康提示。"],
)
def test_what_the_public_is_told_of_the_epidemic_still_counts(text: str) -> None:
    assert "public_communication" in categories(text)


def test_a_body_that_sets_up_a_group_reports_the_group_set_up() -> None:
    """`县指挥部成立生活物资保障专班`: the headquarters sets the group up; no headquarters is said set up."""
    text = "县指挥部成立生活物资保障专班。"
    assert [
        m.trigger for m in find_measures(text, split_sentences(text)) if m.category == "command_system"
    ] == ["成立生活物资保障专班"]
