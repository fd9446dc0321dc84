"""Names the readers held for the people they had seen and missed when others stood in their place: the look
set's real sentences with their people swapped for other names (real given names under other surnames) showed
a name ending in 向 or 和 before an adverb cut short, a credit in brackets after a dateline, and a line of
authors' names under a headline unread. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import credited, persons_read

# --- 向 or 和 ending a given name, before an adverb of the clause ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县长张辉向先后前往县汽车总站检查。", "张辉向"),
        ("第一书记甘学向正在用大喇叭宣传。", "甘学向"),
        ("副县长王永和亲自带队检查卡点。", "王永和"),
        ("镇长李德和连夜赶到现场。", "李德和"),
    ],
)
def test_a_given_name_ending_in_a_function_character_before_an_adverb_is_whole(text: str, name: str) -> None:
    assert name in persons_read(text, ("PER", name[:2]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县长王军向记者介绍了情况。", "王军"),
        ("所长李明和志愿者一起值守。", "李明"),
    ],
)
def test_the_preposition_or_conjunction_before_a_noun_still_ends_the_name(text: str, name: str) -> None:
    assert name in persons_read(text, ("PER", name))
    assert name + text[text.index(name) + len(name)] not in persons_read(text, ("PER", name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("左一为志愿者左和。", "左和"),  # punctuation after 和: it joins nothing
        ("社区党委书记范和汇报,社区组织网格员排查。", "范和"),  # a verb of report
        ("县委常委、副县长杜用和任组长。", "杜用和"),  # a verb of office and its title
        ("区领导刘薇、朱冲及、凌庆玉参加检查。", "朱冲及"),  # the list's comma
        ("县领导易明胜、孟志强、鲍远和参加调研督导。", "鲍远和"),  # a verb of the response, describing nobody
        ("副县长曹冲及出席会议。", "曹冲及"),
    ],
)
def test_a_given_name_ending_in_a_conjunction_that_joins_nothing_is_whole(text: str, name: str) -> None:
    assert name in persons_read(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县领导凌高盛、郑叔湘、吴皇发出席会议。", "吴皇发"),  # 发出 is a verb, but 出席 after three wins
        ("派出所副所长赵光正说,该镇紧邻河南。", "赵光正"),  # 正说 is a word, but 说 after three reports
        ("县长李明发现问题后立即整改。", "李明"),  # 发现 is the verb
    ],
)
def test_a_name_ends_where_the_clauses_verb_starts(text: str, name: str) -> None:
    assert name in persons_read(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("村主任唐用和在村民微信群里发通知。", "唐用和"),  # a coverb after 和: it joins nothing
        ("村党支部书记彭世和用大喇叭向村民喊话。", "彭世和"),
        ("民警胡和和同事们协助排查。", "胡和"),  # the second 和 joins
    ],
)
def test_a_given_name_ending_in_a_conjunction_before_a_coverb_is_whole(text: str, name: str) -> None:
    assert name in persons_read(text)


def test_a_conjunction_before_an_everyday_word_still_joins() -> None:
    assert "李明和" not in persons_read("县长李明和在场干部交流。")


def test_a_verb_before_an_aspect_particle_ends_no_name() -> None:
    assert persons_read("社区志愿者吴达骑着电瓶车送药。", ("PER", "吴达骑")) == ["吴达"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("欢迎群众监督举报,联系人:熊泳三。", "熊泳三"),
        ("(答复人:县防控办 毛硕勋)", "毛硕勋"),
        ("红旗镇\u3000\u3000联系人:鲁长远\u3000\u30000436-5520183", "鲁长远"),  # the name, then the phone
    ],
)
def test_the_name_after_a_contact_label_is_a_person(text: str, name: str) -> None:
    assert name in persons_read(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("官秋萍女士是一名退休教师。", "官秋萍"),
        ("村民官建国说,大家都很配合。", "官建国"),
        ("市委副书记、市长钏丽娟通报有关情况。", "钏丽娟"),  # 钏, a surname of Yunnan
    ],
)
def test_a_rare_surname_opens_the_name_the_model_reads_without_it(text: str, name: str) -> None:
    assert persons_read(text, ("PER", name[1:])) == [name]


@pytest.mark.parametrize("text", ["官兵们连夜搭建帐篷。", "据官方消息,县政府官网发布通告。"])
def test_words_that_open_with_a_surname_name_no_one(text: str) -> None:
    assert persons_read(text) == []


@pytest.mark.parametrize("text", ["联系人:县卫健局。", "联系人:张女士,电话12345。"])
def test_a_contact_label_before_no_name_names_no_one(text: str) -> None:
    assert persons_read(text) == []


def test_an_item_between_two_names_of_a_list_is_a_name_whatever_was_read_inside_it() -> None:
    text = "王彦民、韩国兴、闫沛等县领导参加会议。"
    found = persons_read(text, ("PER", "王彦民"), ("LOC", "韩国"), ("PER", "闫沛"))
    assert found == ["王彦民", "韩国兴", "闫沛"]


@pytest.mark.parametrize("item", ["北京", "卫健局", "同志们"])
def test_a_word_between_two_names_is_no_name(item: str) -> None:
    text = f"张明、{item}、王芳参加会议。"
    assert item not in persons_read(text, ("PER", "张明"), ("PER", "王芳"))


def test_a_name_before_the_word_for_its_family_opens_the_clause() -> None:
    assert "甘盛烈" in persons_read("经过村干部耐心解释沟通,甘盛烈一家决定服从大局暂缓。")


def test_names_a_space_sets_apart_in_one_model_reading_are_two_persons() -> None:
    text = "(伊宁县广播电视台记者 阿依努尔·买买提 沈仪)9月8日,全县开展排查。"
    assert {"阿依努尔·买买提", "沈仪"} <= set(persons_read(text, ("PER", "阿依努尔·买买提 沈仪")))


def test_two_names_the_model_reads_side_by_side_stay_whole() -> None:
    # 国王 is a word, but where the model's next name starts no word runs on into it
    assert persons_read("张建国王芳检查指导疫情防控工作", ("PER", "张建国"), ("PER", "王芳")) == [
        "张建国",
        "王芳",
    ]


def test_a_title_rules_name_gives_way_to_the_models_next_name_it_runs_into() -> None:
    text = "县委书记王伟李强一行检查卡点。"
    assert persons_read(text, ("PER", "王伟"), ("PER", "李强")) == ["王伟", "李强"]


def test_an_adverb_that_ends_no_name_before_a_verb_of_report_is_the_clauses() -> None:
    assert persons_read("县长王刚都说好。", ("PER", "王刚都")) == ["王刚"]


def test_a_given_names_last_character_that_is_also_an_adverb_stays_before_a_verb() -> None:
    assert "王德全" in persons_read("县卫生健康局局长王德全汇报,全县已确定定点医院。")


def test_a_modal_before_punctuation_is_a_names_last_character() -> None:
    assert "李明应" in persons_read("书记李明应,一直坚守在卡点。")


def test_two_names_joined_that_open_a_clause_before_its_verb_are_persons() -> None:
    assert persons_read("为了打赢阻击战,杜成和石槐连续6天住在单位。") == ["杜成", "石槐"]


@pytest.mark.parametrize("text", ["干部和群众连续奋战。", "全镇粮食单产连续三年居全县第一。"])
def test_words_before_a_verb_of_the_response_name_no_one(text: str) -> None:
    assert persons_read(text) == []


# --- credits ------------------------------------------------------------------------------------------------


def test_a_credit_in_brackets_right_after_a_dateline_names_its_author() -> None:
    text = "标题\n某某新闻网2月2日讯(韩朝弟 文/图)连日来,新津县开展排查。\n"
    assert credited(text) == ["韩朝弟"]


def test_a_bracket_in_a_sentence_after_no_dateline_credits_no_one() -> None:
    assert credited("标题\n会上传达了文件(张明 文)的精神。\n") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("刘 巧 常离宾 张福宝", ["刘巧", "常离宾", "张福宝"]),
        ("周人峰 钟阳阳", ["周人峰", "钟阳阳"]),
    ],
)
def test_a_line_of_nothing_but_names_credits_each(line: str, names: list[str]) -> None:
    assert credited(f"防控一线的领头羊\n{line}\n疫情发生以来,全镇上下一心。\n") == names


@pytest.mark.parametrize("line", ["新闻 动态", "抗击疫情 我们在行动", "周到 服务"])
def test_a_line_of_words_credits_no_one(line: str) -> None:
    assert credited(f"防控一线的领头羊\n{line}\n疫情发生以来,全镇上下一心。\n") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县长王明和参加会议的干部一起学习。", "王明"),  # 的: the verb's phrase describes the cadres 和 joins
        ("副县长李强与出席会议的代表座谈。", "李强"),
    ],
)
def test_a_conjunction_before_a_verb_describing_a_noun_still_joins(text: str, name: str) -> None:
    assert name in persons_read(text)
    assert name + text[text.index(name) + len(name)] not in persons_read(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国务委员吴仪今天下午在中南海会见客人。", "吴仪"),  # 今天: not 吴仪今, though 天下 is a word
        ("副县长刘强当天赶到卡点。", "刘强"),
        ("镇长马丽连日来坚守在一线。", "马丽"),
    ],
)
def test_a_name_after_a_title_stops_before_a_word_of_time(text: str, name: str) -> None:
    assert persons_read(text) == [name]


def test_a_name_the_model_reads_over_a_word_of_time_loses_its_last_character() -> None:
    assert persons_read("会上,吴仪今天下午作了讲话。", ("PER", "吴仪今")) == ["吴仪"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市长王平特意向记者介绍了情况。", "王平"),  # 特意, though 意向 is a word too
        ("副县长周红专门赶到卡点。", "周红"),
    ],
)
def test_a_name_after_a_title_stops_before_an_adverb_of_the_clause(text: str, name: str) -> None:
    assert persons_read(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "由县长向人大常委会会议介绍拟任人选。",  # 向: towards
        "记者从考场上看到,考试组织得很严。",  # 从: from
        "在场的干部、记者都掉下了眼泪。",  # 都: all
        "各级领导干部应如此,群众也应如此。",  # 应: should; 0 names in 2,220 uses, whatever follows
    ],
)
def test_a_function_word_after_a_title_opens_a_name_only_where_the_model_reads_one(text: str) -> None:
    assert persons_read(text) == []


@pytest.mark.parametrize(
    ("text", "name", "model"),
    [
        ("县长向东明强调要严防死守。", "向东明", True),  # the model reads him
        ("镇长向红梅说,卡点要守好。", "向红梅", False),  # the phrase plainly ends: the rules alone
        ("村支书曾小平每天入户登记。", "曾小平", False),  # 曾 opens names often enough
        ("志愿者上官婷放弃休假返回岗位。", "上官婷", False),  # a double surname
    ],
)
def test_a_surname_that_is_also_a_function_word_still_opens_a_name(text: str, name: str, model: bool) -> None:
    assert persons_read(text, *([("PER", name)] if model else [])) == [name]


def test_a_function_word_surname_opens_the_first_of_a_list_of_names() -> None:
    # 全 opens a name 1 time in 5,404, but the names listed after it show that 全优群 is one
    assert persons_read("县领导全优群、古慧炯、童伟达参加调研督导。") == ["全优群", "古慧炯", "童伟达"]


@pytest.mark.parametrize("text", ["县长向他介绍了卡点情况。", "主任和他一起检查。", "记者向她了解情况。"])
def test_a_pronoun_after_a_function_word_is_no_name(text: str) -> None:
    assert persons_read(text) == []


def test_the_model_reading_a_pronoun_into_a_name_is_dropped() -> None:
    assert persons_read("会上,向他介绍了情况。", ("PER", "向他")) == []


def test_a_word_of_the_lexicon_after_a_group_noun_is_no_name() -> None:
    # 高科技 (high tech) is a word the lexicon lists whole, though 高科 is none: the model must read a person
    assert persons_read("举办全军高级干部高科技知识培训班。") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县长李红给县人民医院护士长张燕送去慰问品。", ["李红", "张燕"]),  # 给, 送: the verbs
        ("副县长王强让大家放心。", ["王强"]),
        ("县委常委、县委办主任刘畅随同。", ["刘畅"]),
        ("副县长张洋列席会议。", ["张洋"]),
        ("副县长高明确要求,严格执行登记制度。", ["高明"]),
        ("县长李红梅给大家拜年。", ["李红梅"]),  # a three-character name before the verb stays whole
    ],
)
def test_a_verb_that_ends_no_name_follows_a_two_character_name(text: str, names: list[str]) -> None:
    assert persons_read(text) == names


def test_the_models_name_run_into_such_a_verb_loses_it() -> None:
    assert persons_read("县人民医院院长万青作表态发言。", ("PER", "万青作")) == ["万青"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县长玄志刚讲话。", "玄志刚"),
        ("镇长撒海军带队巡查。", "撒海军"),
        ("村支书星明亮组织排查。", "星明亮"),
        ("护士长盘小兰刚刚送走一名发热患者。", "盘小兰"),  # a Yao surname
        ("村党支部书记、村委会主任亢福生裹着军大衣。", "亢福生"),  # a Shanxi one
    ],
)
def test_a_rarer_surname_after_a_title_opens_a_name(text: str, name: str) -> None:
    assert persons_read(text) == [name]


def test_a_verb_before_an_aspect_particle_opens_no_name() -> None:
    # 冒 is a surname (data/surnames.txt); 冒着 is to brave
    assert persons_read("记者冒着严寒赶到现场。") == []


def test_a_reposts_note_that_it_was_cut_is_no_credited_name() -> None:
    # 有 is a surname; 有删节 notes the repost was abridged (data/byline_not_names.txt)
    page = "标题\n正文说了些事。\n转自“某某发布”公众号,作者:郭晓玲,有删节\n"
    assert credited(page) == ["郭晓玲"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("交警大队民警羊宏伟裹着棉大衣。", "羊宏伟"),
        ("店主苗长贵低着头说。", "苗长贵"),
        ("老党员纪长生裹着棉衣。", "纪长生"),
    ],
)
def test_a_name_after_a_group_noun_ends_before_a_verb_and_its_aspect_particle(text: str, name: str) -> None:
    assert persons_read(text) == [name]


@pytest.mark.parametrize("text", ["居民排着队做核酸。", "干部带着群众清理垃圾。"])
def test_a_verb_and_its_particle_after_a_group_noun_is_no_name(text: str) -> None:
    assert persons_read(text) == []


def test_an_adverb_after_a_three_character_name_is_not_the_name() -> None:
    # the model reads four characters after a single surname; 刚 (just) is the clause's adverb
    assert persons_read("护士长缪丽娟刚给一名患者完成采样。", ("PER", "缪丽娟刚")) == ["缪丽娟"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("摊主衣秀兰说,物流园还给每位摊主免费发放口罩。", "衣秀兰"),
        ("卖了二十多年菜的经营户顾红英说:“现在戴口罩成了习惯。”", "顾红英"),
        ("在芒团村执勤点值守的民兵岩丙说。", "岩丙"),
    ],
)
def test_a_stallholder_or_a_militiaman_is_named_after_their_role(text: str, name: str) -> None:
    assert name in persons_read(text)


def test_merchants_and_their_shops_name_no_one() -> None:
    assert persons_read("商户门店、文娱活动等人员聚集场所全部关闭。") == []


@pytest.mark.parametrize(
    "line",
    ["時間:2022-04-09 08:31 | 作者:黎城發佈 | 閱讀數:5640", "首页  时政  乡镇  部门  民生  视频  融媒专题"],
)
def test_an_account_or_a_menus_item_is_no_credited_name(line: str) -> None:
    assert credited(f"标题\n{line}\n正文说了些事。\n") == []


def test_a_familiar_names_prefix_ends_no_name_before_a_verb_of_report() -> None:
    # the model reads 杨阿; 阿 opens the familiar name 阿妹 (data/person_name_prefixes.txt)
    assert persons_read("在羊排村经营客栈的杨阿妹说,等疫情过了欢迎再来。", ("PER", "杨阿")) == ["杨阿妹"]


def test_names_credited_after_one_the_model_vouches_for_are_asked_about_too() -> None:
    """`(通讯员 陇菲 祖金林)`: 陇 is no surname, so the model is asked about 陇菲, and so about the name after it (which
    it reads without its surname, 金林); words listed after a would-be name it does not read stay none."""
    text = "全县设卡点12个。(通讯员 陇菲 祖金林)"
    assert sorted(persons_read(text, ("PER", "陇菲"), ("PER", "金林"))) == ["祖金林", "陇菲"]
    assert persons_read("发车前由驾驶员对座椅、扶手、门把手进行消毒。") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("主任向晓琳家住塘头镇。", ["向晓琳"]),  # 晓琳: no word, place nor body; a given name after 向
        ("镇长向镇政府汇报。", []),  # a level's character: the preposition and a body
        ("书记向全县发出倡议。", []),  # a scope: the preposition and its object
        ("记者向沙特方面了解情况。", []),  # a country abroad (Saudi Arabia): the preposition and its object
    ],
)
def test_a_rare_surname_before_a_given_name_that_is_no_word_opens_a_name(text: str, names: list[str]) -> None:
    assert persons_read(text) == names


def test_a_surname_that_is_a_preposition_opens_a_name_given_a_post_after_it() -> None:
    # 于 before 建国 (an everyday word) is no preposition where 为组长 gives the name its post
    assert persons_read("成立以镇党委书记于建国为组长的领导小组。") == ["于建国"]
    # at the home of 建国 (a word): no post after
    assert persons_read("记者于建国家中了解到,全村已无发热病人。") == []


# --- surnames of a region or a people, and characters that are far more often words --------------------------


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("副局长冶文军、妥建华分片包抓。", (("PER", "冶文军"), ("PER", "妥建华")), "妥建华"),  # Hui
        ("乡党委副书记、乡长初丽萍主持会议。", (), "初丽萍"),  # Shandong, Liaoning
        ("村党支部书记普建华带领党员值守。", (), "普建华"),  # Yi, Hani
    ],
)
def test_a_regional_surname_opens_a_name(text: str, model: tuple[tuple[str, str], ...], name: str) -> None:
    assert name in persons_read(text, *model)


@pytest.mark.parametrize(
    "text",
    [
        "居民买菜的事,我们协调超市配送。",  # 买: a surname, far more often to buy
        "服务队员的手冻得通红。",  # 员: a surname, far more often a member
        "市应急管理局局长千方百计保供应。",
    ],
)
def test_a_surname_that_is_far_more_often_a_word_needs_the_models_reading(text: str) -> None:
    assert persons_read(text) == []


def test_a_label_past_a_credits_spaces_is_no_name() -> None:
    assert persons_read("通讯员 邸振宇\u3000\u3000字号:大 中 小") == ["邸振宇"]


def test_a_double_surname_the_lexicon_lists_as_a_word_opens_a_described_name() -> None:
    assert persons_read("今年67岁的上官文清是有着40年党龄的老党员。") == ["上官文清"]


@pytest.mark.parametrize(
    "text",
    [
        "通告说的是城区,东风镇暂时不搞静态管理。",
        "他拿起麦克风说,大家要戴好口罩。",
        "拒不配合工作人员查验,强行冲闯卡口。",
    ],
)
def test_a_word_that_opens_with_a_surname_before_a_verb_of_report_is_no_name(text: str) -> None:
    assert persons_read(text) == []
