"""Names after a title in kinds of article the rules were not written on (issue 13, items 5 and 6): a
reporter's `从`/`向` before a place or body is the preposition. Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.ner import rule_mentions
from epikg.ner.merge import merge
from epikg.ner.persons import MODEL_CHECKED_NAME
from epikg.records import EntityType, Mention
from helpers import persons_read


def persons(text: str) -> list[str]:
    return [m.text for m in rule_mentions(text) if m.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "text",
    [
        "记者从石桥了解到,当地已设立卡点。",
        "记者从县疫情防控指挥部获悉,全县已设卡。",
        "记者从红星村获悉,村里已完成排查。",
        "记者向张明了解情况。",
    ],
)
def test_a_reporters_preposition_is_no_surname(text: str) -> None:
    assert not [p for p in persons(text) if p[0] in "从向"]


@pytest.mark.parametrize(
    ("text", "name"), [("记者向明辉报道。", "向明辉"), ("通讯员从文说,卡点已撤。", "从文")]
)
def test_a_surname_that_is_also_a_preposition_still_names(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_preposition_after_a_name_is_not_its_last_character() -> None:
    found = persons("青化镇党委书记王军向记者介绍情况。")
    assert "王军" in found
    assert "王军向" not in found


def test_a_person_before_a_lead_verb_is_not_swallowed_by_the_body_he_leads() -> None:
    mentions = rule_mentions("镇党委书记刘洋,镇长陈涛带领工作组到卡点检查。")
    assert "陈涛" in [m.text for m in mentions if m.type is EntityType.PERSON]
    assert not [m.text for m in mentions if m.type is EntityType.ORGANIZATION and "带领" in m.text]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "镇党委委员胡立新、于正清、朱春林到卡点检查。",
            {"胡立新", "于正清", "朱春林"},
        ),  # 于 like a preposition
        (
            "副镇长叶子豪、覃海燕、谭德军到卡点检查。",
            {"叶子豪", "覃海燕", "谭德军"},
        ),  # 叶子: an everyday word
    ],
)
def test_an_item_closed_by_the_list_comma_after_a_title_is_a_name(text: str, names: set) -> None:
    assert names <= {m.text for m in rule_mentions(text) if m.type is EntityType.PERSON}


def test_a_body_or_a_service_in_a_list_after_a_title_is_no_name() -> None:
    mentions = rule_mentions("副县长王明、卫健局、公安、疾控中心负责人参加。")
    found = {m.text for m in mentions if m.type is EntityType.PERSON}
    assert "王明" in found
    assert not found & {"卫健局", "公安", "卫健", "公安、"}


# --- an everyday word, or a name with no listed surname, after a title ----------------------------------------------------------


def _model_person(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(name, EntityType.PERSON, start, start + len(name), "model")


def test_a_surname_that_is_also_a_word_is_kept_where_the_model_reads_the_given_name_after_it() -> None:
    """`组长应百川`: the model reads 百川 and leaves 应 (should) behind; the title rule's 应百川 is the name."""
    text = "县疫情防控工作领导小组组长应百川主持会议。"
    rule = [m for m in rule_mentions(text) if m.text == "应百川"]
    assert [m.source for m in rule] == [MODEL_CHECKED_NAME]
    assert "应百川" in [m.text for m in merge(rule, [_model_person(text, "百川")])]
    assert "应百川" not in [m.text for m in merge(rule, [_model_person(text, "川")])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委常委、组织部部长高山,县公安局局长秦岭出席。", "高山"),  # a high mountain
        ("县公安局副局长骞占海介绍,全县设卡。", "骞占海"),  # no listed surname
        ("副乡长张伟、江涛、幸福林到卡点检查。", "幸福林"),  # a list's last name, 幸福 a word
    ],
)
def test_a_name_the_rules_cannot_tell_after_a_title_is_one_where_the_model_agrees(
    text: str, name: str
) -> None:
    rule = [m for m in rule_mentions(text) if m.text == name]
    assert [m.source for m in rule] == [MODEL_CHECKED_NAME]
    assert name in [m.text for m in merge(rule, [_model_person(text, name)])]
    assert name not in [m.text for m in merge(rule, [])]  # the rules alone never make it a name


@pytest.mark.parametrize(
    "text",
    [
        "县委组织部规范干部任用程序,严格把关。",  # 任用: to appoint
        "各级干部干事创业热情高涨。",  # 干事: to get things done
        "县交警支队每日派出警力值守。",  # 支队: a detachment
        "会议经全体委员过半数赞成通过。",  # 过半数: more than half
    ],
)
def test_a_word_the_lexicon_lists_after_a_title_is_no_name_of_the_rules_alone(text: str) -> None:
    """The would-be name, or its surname and next character, is an everyday word in the lexicon and its
    phrase runs on: only the model could make it a name."""
    assert not [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]


def test_a_title_that_goes_on_as_a_listed_word_introduces_no_name() -> None:
    # 成员国 (a member state): 成员 goes on as a word, and 国 is no surname here
    assert persons("各成员国强烈要求加强入境检疫。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县人民医院护士文静已在采样点连续工作10天。", "文静"),  # quiet; a word that follows names
        ("县市场监管局局长方圆表示,将严查哄抬物价。", "方圆"),  # surroundings
        ("县卫健局局长方圆,副局长李强参加。", "方圆"),  # punctuation
    ],
)
def test_a_word_the_lexicon_lists_after_a_title_is_a_name_where_its_phrase_plainly_ends(
    text: str, name: str
) -> None:
    assert name in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]


def test_a_word_the_lexicon_lists_after_a_title_is_a_name_where_the_model_agrees() -> None:
    text = "县长方圆今天带队检查城区卡点。"
    rule = [m for m in rule_mentions(text) if m.text == "方圆"]
    assert [m.source for m in rule] == [MODEL_CHECKED_NAME]
    assert "方圆" in [m.text for m in merge(rule, [_model_person(text, "方圆")])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区委副书记、区长高峰,副区长王平参加。", "高峰"),  # a peak
        ("县公安局局长秦岭汇报了全县情况。", "秦岭"),  # a mountain range, before a verb that follows names
        ("图为志愿者高峰在卡点为过往车辆测温。", "高峰"),
        ("佳县县长高峰带队检查城区重点场所。", "高峰"),
    ],
)
def test_an_everyday_word_the_lexicon_lists_as_a_name_is_one_after_a_title(text: str, name: str) -> None:
    """高峰 and 秦岭 are also names in the shipped lexicon (jieba's `nr`): after a title, with the phrase ending
    cleanly, they are names even where the model reads none there."""
    rule = [m for m in rule_mentions(text) if m.text == name]
    assert [m.source for m in rule] == [MODEL_CHECKED_NAME]
    assert name in [m.text for m in merge(rule, [])]


@pytest.mark.parametrize(
    ("text", "word"), [("县委书记强调,要严格落实。", "强调"), ("县长马上赶到现场。", "马上")]
)
def test_an_everyday_word_after_a_title_stays_a_word_without_the_model(text: str, word: str) -> None:
    assert word not in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]


def test_an_adverb_after_a_title_is_never_proposed() -> None:
    assert "马上" not in persons("县长马上赶到现场。")


def test_a_title_that_goes_on_as_a_word_introduces_no_name() -> None:
    # 老人家门口: at an old person's (老人家) doorstep, not 老人 and a Mr 家门口
    assert persons("半小时后就送到了老人家门口。") == []


# --- names with no surname (Tibetan, Mongolian, Uyghur) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("旗疾控中心副主任乌云其其格介绍了情况。", "乌云其其格"),
        ("县长巴特尔主持会议。", "巴特尔"),
        ("社区党支部书记次仁卓玛,带领党员逐户走访。", "次仁卓玛"),
        ("县委常委、常务副县长萨仁高娃主持会议。", "萨仁高娃"),
    ],
)
def test_a_name_of_parts_with_no_surname_after_a_title(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_name_of_parts_stops_only_where_the_phrase_ends() -> None:
    """`萨仁高娃`: 萨仁 is a part, but the name goes on; the rule reads nothing rather than half a name."""
    assert "萨仁" not in persons("县委常委、常务副县长萨仁高娃主持会议。")


def test_a_credit_may_name_a_person_by_a_two_character_name_with_no_surname() -> None:
    from epikg.read.pagemeta import read_meta

    meta = read_meta("白沙镇设卡\n正文第一段,说的是全镇的卡点。\n责任编辑:德吉\n")
    assert [found.value for found, _ in meta.bylines] == ["德吉"]


def test_a_part_of_a_known_name_is_that_person() -> None:
    """`次仁卓玛` called `卓玛` later: the model's `卓玛` is no other person."""
    from epikg.ner import repeat_names

    text = "志愿者次仁卓玛来到社区。卓玛说,大家都很配合。"
    read = (
        Mention("次仁卓玛", EntityType.PERSON, 3, 7, "model"),
        Mention("卓玛", EntityType.PERSON, 12, 14, "model"),
    )
    assert [m.text for m in repeat_names(text, read) if m.type is EntityType.PERSON] == ["次仁卓玛"]


@pytest.mark.parametrize(
    ("text", "read", "name"),
    [
        ("当晚,令狐红梅就带着村干部设卡。", "红梅", "令狐红梅"),  # the given name alone
        ("县委常委欧阳文斌主持会议。", "阳文斌", "欧阳文斌"),  # the surname's second character only
        ("村民王红梅说。", "红梅", "红梅"),  # 村民 is no surname: nothing to take
        ("县委常委欧阳文斌主持会议。", "欧阳文斌", "欧阳文斌"),  # read whole already
    ],
)
def test_the_model_reading_a_name_without_its_two_character_surname_takes_it(
    text: str, read: str, name: str
) -> None:
    from epikg.ner.merge import extend_compound_surname

    start = text.index(read)
    mention = extend_compound_surname(
        text, Mention(read, EntityType.PERSON, start, start + len(read), "model")
    )
    assert mention.text == name and text[mention.start : mention.end] == name


def test_the_model_reading_the_last_part_alone_takes_the_parts_before_it() -> None:
    from epikg.ner.merge import extend_minority_name

    text = "志愿者次仁卓玛来到社区。"
    read = extend_minority_name(text, Mention("卓玛", EntityType.PERSON, 5, 7, "model"))
    assert (read.text, read.start) == ("次仁卓玛", 3)


def test_a_uyghur_name_after_a_title_is_whole() -> None:
    """`村委会主任阿不都热依木`: 阿不都 and 热依木 are parts of one name (data/person_minority_names.txt)."""
    names = [m.text for m in rule_mentions("村委会主任阿不都热依木一起组织村民开展环境消杀。")]
    assert "阿不都热依木" in names and "阿不都" not in names


def test_the_given_name_of_a_compound_surname_is_the_same_person() -> None:
    """`上官文涛介绍……文涛说`: his given name, no one more."""
    from epikg.ner import repeat_names

    text = "交通运输局副局长上官文涛介绍,班线已暂停。文涛说,车辆24小时待命。"
    at = text.index("上官文涛")
    later = text.index("文涛说")
    found = repeat_names(
        text,
        (
            Mention("上官文涛", EntityType.PERSON, at, at + 4, "rule:title"),
            Mention("文涛", EntityType.PERSON, later, later + 2, "model"),
        ),
    )
    assert [m.text for m in found] == ["上官文涛"]


def test_yue_after_a_group_noun_is_the_adverb() -> None:
    assert persons("“越是关键时刻,党员越要冲在前面。”") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "晚上十点,某某县谷脚派出所罗斌所长和观音村吴三妹村支书仍在卡点值守。",
            ["罗斌", "吴三妹"],
        ),  # after a unit
        ("县长和志强说,全县已设卡。", ["和志强"]),  # 和 is a surname where the name ends its phrase
    ],
)
def test_names_next_to_units_and_conjunctions(text: str, names: list[str]) -> None:
    assert persons(text) == names


def test_a_conjunction_before_a_surname_and_a_title_is_no_name() -> None:
    """`张局长和李院长`: 和 joins two surnames with their titles; there is no Mr 和李."""
    assert "和李" not in persons("张局长和李院长一行来到卡点。")


def test_a_sites_channels_joined_by_dots_are_no_name() -> None:
    """`来源:澎湃新闻·澎湃号·政务`: a site's channels, which the model reads as a dotted name; 热依拉·买买提 is one."""
    from epikg.ner.merge import plausible

    assert not plausible(Mention("新闻·澎湃号·政务", EntityType.PERSON, 0, 9, "model"))
    assert plausible(Mention("热依拉·买买提", EntityType.PERSON, 0, 7, "model"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("李长和说,全村已完成排查。", "李长和"),
        ("村民李长和表示,愿意配合。", "李长和"),
    ],
)
def test_a_name_may_end_in_a_conjunctions_character_right_before_a_verb_of_report(
    text: str, name: str
) -> None:
    assert persons(text) == [name]


def test_a_conjunction_between_names_still_joins_two_names() -> None:
    assert persons("村民张明和李强说,已完成排查。") == ["张明", "李强"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("本报讯 记者江山报道:全县已设卡点12个。", "江山"), ("通讯员高远摄)", "高远")],
)
def test_a_byline_credits_its_name_even_where_it_is_an_everyday_word(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", ["记者连续报道了此事。", "记者现场报道:全县已设卡点。"])
def test_a_reporters_adverb_before_a_report_is_no_name(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据了解,向文斌已连续在卡点值守了15天。", "向文斌"),
        ("目前,邵佳琪已连续工作20天。", "邵佳琪"),
    ],
)
def test_a_name_opening_its_clause_before_an_adverb_and_a_verb_of_the_response(text: str, name: str) -> None:
    """`向文斌已连续值守`: 已 (already), which ends no given name, stands between the subject and its verb; 向
    opens the name, no preposition's object follows it."""
    assert name in persons(text)


@pytest.mark.parametrize("text", ["艾尼瓦尔·阿布都说,我们一定守好村子。", "护士艾尼瓦尔·阿布都主动请缨。"])
def test_the_part_after_a_names_dot_opens_no_clause(text: str) -> None:
    """`阿布都说`: after the dot a name goes on; its last part is no subject of its own (阿布, then 都)."""
    assert "阿布" not in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("镇长王刚欣慰地说,大家都很配合。", "王刚"), ("党委书记张晨欣喜地说,这是好事。", "张晨")],
)
def test_a_word_of_manner_after_a_name_is_the_clauses(text: str, name: str) -> None:
    """`欣慰地说`: a word before 地 says how the act is done; the name ends before it (no 王刚欣)."""
    assert persons(text) == [name]


def test_the_names_of_a_chat_groups_transcribed_replies() -> None:
    """`毛妍:收到,我参与`: each reply opens with the name of who replied, a colon and a reply word."""
    found = persons("王东治:收到,我参与;毛妍:收到,我参与;白昌:收到,我参与。")
    assert {"毛妍", "白昌"} <= set(found)
    assert not persons("通知:收到请回复。")


@pytest.mark.parametrize(
    ("text", "name"),
    [("梅花村党支部书记闫用和长长地松了口气。", "闫用和"), ("村支书张和平静静地看着村民登记。", "张和平")],
)
def test_a_doubled_word_of_manner_after_a_name_is_the_clauses(text: str, name: str) -> None:
    """`长长地`, `静静地`: a doubled character and 地 say how the act is done; the name before it is whole (和 is
    no conjunction there, 平静 no word)."""
    assert name in persons(text)


def test_a_name_read_whole_elsewhere_holds_where_a_word_made_it_short() -> None:
    """`以党委书记潘瑞成为第一指挥长`: 成为 (become) made the title's name 潘瑞 there, but `潘瑞成深有感慨` names him
    whole, and the text reads 潘瑞成 at the first place too: one person, 潘瑞成."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences

    text = "成立了以党委书记潘瑞成为第一指挥长的指挥部。镇党委书记潘瑞成深有感慨。"
    found = [m for m in recognize(text, split_sentences(text)) if m.type is EntityType.PERSON]
    assert [(m.text, m.start) for m in found] == [("潘瑞成", 8), ("潘瑞成", 27)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("家住中央公园的熊中文,在疫情发生后被隔离在家。", "熊中文"),
        ("家住人民路的文敬元说,小区管理很严格。", "文敬元"),
    ],
)
def test_a_name_right_after_where_its_person_lives(text: str, name: str) -> None:
    """`家住中央公园的熊中文,`: a description of where someone lives, closed by 的, then the name, whose phrase
    plainly ends; the place lived in is no name (`居住在密林中的山洞里。`)."""
    assert name in persons(text)
    assert persons("他们居住在密林中的山洞里。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长韩国强主持会议。", "韩国强"),
        ("县委书记韩国卿带队检查。", "韩国卿"),
        ("副县长江西华主持会议。", "江西华"),
    ],
)
def test_a_name_after_a_title_that_opens_with_a_places_name(text: str, name: str) -> None:
    """`韩国强`: surname 韩 and given name 国强, whose first two characters name a country; after a title and
    before a verb of the response it is the person (the model reads 韩国)."""
    assert persons(text) == [name]
    assert persons("韩国疫情形势严峻。") == []
    # a two-character name whose phrase ends there (江山, as 江山市 is a place too): no three characters read
    # for sure (江山叮, 江山说), as before this rule
    for short in ("林口县委书记江山叮嘱值守人员。", "派出所民警江山说,要守好卡点。"):
        sure = [
            m.text
            for m in rule_mentions(short)
            if m.type is EntityType.PERSON and m.source != MODEL_CHECKED_NAME
        ]
        assert not [n for n in sure if n.startswith("江山") and len(n) == 3]


@pytest.mark.parametrize(
    ("text", "name"), [("副县长迟浩然主持会议。", "迟浩然"), ("村医辜小红每天入户测温。", "辜小红")]
)
def test_a_less_common_surname_opens_a_name_after_a_title(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_surname_the_model_reads_is_kept() -> None:
    """迟, 尉, 辜...: surnames MSRA marks that the list lacked; the model's name with one is no longer dropped."""
    text = "此前,迟浩田在广场举行欢迎仪式。"
    model = [Mention("迟浩田", EntityType.PERSON, 3, 6, "model")]
    assert "迟浩田" in [m.text for m in merge(rule_mentions(text), model)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("今年58岁的李红,每天到卡点值守。", "李红"), ("“00后”的朱家豪,本是明山头镇人。", "朱家豪")],
)
def test_a_name_after_an_age_or_a_generation_and_de_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_word_after_an_age_and_de_is_no_name() -> None:
    assert persons("这个17岁的高标准,不能降低。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市住建委副主任冀岩上月曾表示,要加快建设。", "冀岩"),  # last month, not 冀岩上
        ("县长王平上午到卡点检查。", "王平"),
        ("副县长刘洋去年分管卫生工作。", "刘洋"),
        ("村支书李勇晚上还在村口值守。", "李勇"),
    ],
)
def test_a_name_after_a_title_stops_before_a_word_of_time(text: str, name: str) -> None:
    persons = [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]
    assert persons == [name]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("而县文化市场综合执法局颜鲲表示,将加强检查。", ["颜鲲"]),  # the body the speaker works for, no title
        ("据城关镇派出所刘强说,民警24小时值守。", ["刘强"]),
        ("县卫健局同时表示,将全力救治。", []),  # a function word, no name
        ("县疾控中心相关负责人介绍,已完成流调。", []),
        ("县人民医院院长介绍,发热门诊24小时开放。", []),  # a title, no name
        ("城关镇派出所民警说,24小时值守。", []),
    ],
)
def test_a_name_right_after_a_body_before_a_verb_of_report(text: str, persons: list) -> None:
    found = [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]
    assert found == persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("监管二部主任楼文龙最近表示。", "楼文龙"),
        ("办公室主任鹿永建介绍。", "鹿永建"),
        ("县委书记栗战书主持。", "栗战书"),
    ],
)
def test_a_rarer_surname_after_a_title_still_names(text: str, name: str) -> None:
    """楼, 鹿, 栗: surnames of the modern registers beyond the common hundred (data/surnames.txt)."""
    assert name in persons(text)


def test_two_names_that_etc_and_a_word_for_people_close_are_both_persons() -> None:
    """`张三丰、李四光等同志`: a list of two closed by 等 and a word for people (data/person_list_closers.txt)."""
    assert {"张三丰", "李四光"} <= set(persons("张三丰、李四光等同志参加了会议。"))
    # not a list of things
    assert persons("口罩、酒精等物资已发放到位。") == []


def test_a_name_listed_beside_a_name_the_model_read_is_a_person_too() -> None:
    """`巴特尔、其其格等党员`: the model reads 其其格 alone; the other item of the list of two is a name too."""
    from epikg.ner import names_between_names

    text = "巴特尔、其其格等党员主动请缨。"
    model = (Mention("其其格", EntityType.PERSON, 4, 7, "model"),)
    assert [m.text for m in names_between_names(text, model)] == ["巴特尔", "其其格"]
    # a list with no word for people after 等 holds no name
    text = "巴特尔、其其格等地开展排查。"
    assert [m.text for m in names_between_names(text, model)] == ["其其格"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县委书记修立成今天下午去卫星镇检查站。", ["修立成"]),  # 修, a surname of the north-east
        ("村支书修路很积极。", []),  # 修路: the verb, no surname
        ("镇长修改了方案。", []),
        ("大源社区党委书记、居委会主任敬雪梅正带着网格员逐户敲门。", ["敬雪梅"]),  # 敬, of Sichuan
    ],
)
def test_regional_surnames_after_a_title_and_the_verbs_they_open(text: str, names: list[str]) -> None:
    from helpers import persons_read

    assert persons_read(text) == names


@pytest.mark.parametrize("read", ["黎阿婆", "陈阿伯"])
def test_a_surname_and_a_southern_address_the_model_reads_is_no_name(read: str) -> None:
    from helpers import persons_read

    assert persons_read(f"{read}说,志愿者每天送菜上门。", ("PER", read)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县委副书记、县长排生通报情况。", ["排生"]),  # 排, 寸 and 线 of Yunnan
        ("县卫健局副局长卯春梅到隔离点检查。", ["卯春梅"]),  # 卯 and 阳 of Guizhou and Hunan
        ("县商务和工业信息化局局长展鹏出席发布会。", ["展鹏"]),  # 展 and 綦 of Shandong
        ("村支书排查返乡人员。", []),  # the words they open: 排查, 展开, 阳性, 线上
        ("书记展开工作。", []),
        ("提醒村民戴口罩、不串门。", []),  # to wear a mask: 戴 is a surname
        ("蒙古国货车司机不下车。", []),  # a driver by what he drives
    ],
)
def test_more_regional_surnames_and_the_words_that_are_no_names(text: str, names: list[str]) -> None:
    from helpers import persons_read

    assert persons_read(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "由志愿者代跑腿,已为居民代配药品1860单。",  # 代 ("on behalf of") before a verb, no surname
        "神山村、茅坪村民宿暂停接待外地游客。",  # 民宿 (a homestay) runs over the end of 村民
    ],
)
def test_a_group_nouns_next_word_is_no_name(text: str) -> None:
    assert persons(text) == []


def test_a_rare_surname_after_a_title_is_a_name_where_the_model_reads_one_too() -> None:
    text = "北滘镇党委书记麦伟强、镇长区志坚多次深入社区。"
    start = text.index("区志坚")
    merged = merge(rule_mentions(text), [Mention("区志坚", EntityType.PERSON, start, start + 3, "model")])
    assert "区志坚" in [m.text for m in merged if m.type is EntityType.PERSON]
    assert "区志坚" not in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]


def test_a_rare_surname_after_a_title_is_a_name_where_the_article_speaks_of_it() -> None:
    """`指挥长全兴国`: 全 opens adverbs and 兴国 is a county's name, so the title's name is in doubt; the article
    writing `全兴国强调` on its own settles it."""
    text = "区委书记全兴国主持召开调度会。全兴国强调,解封不等于解防。"
    merged = merge(rule_mentions(text), [], text=text)
    assert "全兴国" in [m.text for m in merged if m.type is EntityType.PERSON]
    alone = "区委书记全兴国主持召开调度会。"
    assert "全兴国" not in [m.text for m in merge(rule_mentions(alone), [], text=alone)]
    # an everyday word after a title, that a later sentence opens with, is no name (`会议强调`: the meeting)
    meeting = "领导小组召开全体成员会议。会议强调,要严格排查。"
    assert "会议" not in [m.text for m in merge(rule_mentions(meeting), [], text=meeting)]


def test_take_charge_of_after_a_group_noun_is_no_name_unless_the_model_reads_one() -> None:
    """包 opens names seldom and, in this genre, 包网格, 包村 (to take charge of) often: a title's name opening
    with it is one only where the model reads it too."""
    text = "镇村干部包网格、包楼栋,逐户敲门提醒居民。"
    assert "包网格" not in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]
    named = "副县长包文敏到城关镇检查。"
    start = named.index("包文敏")
    merged = merge(rule_mentions(named), [Mention("包文敏", EntityType.PERSON, start, start + 3, "model")])
    assert "包文敏" in [m.text for m in merged if m.type is EntityType.PERSON]


def test_a_documents_number_names_no_one() -> None:
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences

    text = "郭疫指发〔2021〕7号\n当前疫情形势严峻。"

    class Tagger:  # the model's reading of the issuer's shorthand as a person
        def tag(self, sentences):  # noqa: ANN001, ANN202
            return [[("PER", 0, 2)] if s.startswith("郭疫") else [] for s in sentences]

    found = recognize(text, split_sentences(text), tagger=Tagger())
    assert [m.text for m in found if m.type is EntityType.PERSON] == []


def test_a_rare_surname_before_a_title_needs_the_model_too() -> None:
    assert "区销售" not in [m.text for m in merge(rule_mentions("中国区销售总监表示将进军中国市场。"), [])]


def test_an_everyday_word_with_an_aspect_particle_after_a_group_noun_is_the_verb() -> None:
    """`工作人员解答了市民诉求`: 解 is a surname, but 解答 is a word and 了 marks it as the verb; a name is read there
    only where the model reads one too. A name before 了解 (a word) still stands."""
    text = "工作人员解答了市民诉求。"
    assert "解答" not in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]
    assert "王芳" in persons("镇长王芳了解到村里已设卡。")


def test_a_list_of_names_ends_where_a_post_phrase_begins() -> None:
    """`原局长郑筱萸和原药品注册司司长曹文庄`: after 和 comes a body's words and a title before the next name, a new
    post, not a name listed under the first title (no person 原药品)."""
    found = persons("国家药监局原局长郑筱萸和原药品注册司司长曹文庄被查。")
    assert "原药品" not in found and {"郑筱萸", "曹文庄"} <= set(found)
    assert persons("县领导张明、李强和王芳参加。") == ["张明", "李强", "王芳"]
    text = "副县长李明亮、孙德胜等县领导分别带队。"  # no name after 县领导
    assert [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON] == [
        "李明亮",
        "孙德胜",
    ]


def test_an_in_law_after_a_name_is_no_part_of_it() -> None:
    """`李伟岳父`: 李伟's father-in-law; the model's 李伟岳 ends where 岳父 (a kin word, data/titles.tsv) starts."""
    from epikg.ner.merge import trim_person

    text = "打算回李伟岳父在村里的老房子过年。"
    start = text.index("李伟岳")
    assert trim_person(text, Mention("李伟岳", EntityType.PERSON, start, start + 3, "model")).text == "李伟"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("打洛镇曼夕村的傣族青年岩温,把自家皮卡车开出来。", "岩温"),  # a Dai man's name, after 青年
        ("勐混镇茶农玉香和姐妹们连夜包好茶叶。", "玉香"),  # a Dai woman's, after a tea farmer's role
        ("藏族群众次仁卓玛说,卡点的干部很辛苦。", "次仁卓玛"),
    ],
)
def test_a_minority_name_after_a_role_of_the_public_is_a_name(text: str, name: str) -> None:
    assert name in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]


def test_a_role_of_the_public_before_a_noun_it_modifies_names_no_one() -> None:
    """`严守群众纪律`: the discipline owed to the public; roles of the public are taken as kin are."""
    assert "纪律" not in [m.text for m in merge(rule_mentions("严守群众纪律,关心爱护群众。"), [])]


def test_a_role_of_the_public_and_a_word_ending_a_heading_name_no_one() -> None:
    """`四、群众关切`: the public's concerns, a heading's noun phrase; 关切 is a word the model does not read."""
    assert [
        m for m in merge(rule_mentions("四、群众关切\n欧阳俊提醒市民戴口罩。"), []) if m.text == "关切"
    ] == []


def test_a_preposition_before_an_everyday_word_opens_no_name() -> None:
    """`从生病一直到死亡`: from falling ill to death; 从 is a surname, but not before 生病, a word."""
    assert "从生病" not in persons("从生病一直到死亡,在医院里。")
    assert "向文斌" in persons("向文斌已连续值守。")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("码头镇地处长江边,外出务工人员多。", "江边"),  # 地处 (lies at), no 处长 (a section head)
        ("村里老人顾虑多,村干部就上门动员。", "顾虑多"),  # 顾虑 (worry) after 老人, no surname 顾
    ],
)
def test_words_that_only_look_like_a_title_and_a_name(text: str, word: str) -> None:
    assert word not in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]


def test_a_name_after_a_group_noun_before_de_is_still_a_name() -> None:
    """`照顾孤寡老人白有富的事迹`: 白有富 is no word; after 老人 and before 的 it is the old man's name."""
    text = "张改华一家照顾孤寡老人白有富的事迹在当地传为佳话。"
    assert "白有富" in [m.text for m in merge(rule_mentions(text), []) if m.type is EntityType.PERSON]


def test_a_hui_surname_opens_a_name_and_its_verb_does_not() -> None:
    # 纳 (data/surnames.txt) is a surname after a title; 纳入 (to include) opens none
    from helpers import persons_read

    assert persons_read("县公安局副局长纳志勇回答记者提问。") == ["纳志勇"]
    assert persons_read("将返乡人员纳入网格管理。") == []


def test_a_village_after_its_township_before_its_post_is_no_name() -> None:
    from helpers import persons_read

    # the page writes the village elsewhere as a place: the headline's 何畈 is its name, not a Mr He
    assert persons_read("灵山镇何畈村支书的大喇叭火了。在灵山镇何畈村,村党支部书记何德海拿着话筒。") == [
        "何德海"
    ]
    # written once, before the post only: a name, as ever
    assert persons_read("城关镇王刚村长说。") == ["王刚"]


def test_a_roads_stretch_is_no_name() -> None:
    from helpers import persons_read

    assert persons_read("318国道宋埠段沿线门店逐户检查。", ("PER", "宋埠段")) == []


def test_a_firms_hand_named_after_the_word_for_one() -> None:
    from helpers import persons_read

    assert persons_read("来自贵州的一线员工龙金花说:“在厂里有活干。”") == ["龙金花"]
    assert persons_read("员工宿舍每天消毒。") == []


def test_a_county_and_its_township_read_as_one_name_are_no_person() -> None:
    from helpers import persons_read

    # `红安七里坪`: 红安县's short form and its town 七里坪镇; a double surname's name stays one
    assert persons_read("翻过山就是红安七里坪,再往南就是武汉。", ("PER", "红安七里坪")) == []
    assert persons_read("欧阳建军在卡点值守。", ("PER", "欧阳建军")) == ["欧阳建军"]


def test_a_countys_short_form_read_as_a_person_where_people_come_from_it_is_the_county() -> None:
    # `从黄梅回来`: 黄梅 of 黄梅县, after a word of coming from; so is every other reading of it on the page
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    text = "我老婆是从黄梅回来的,黄梅算不算湖北?楼主:黄梅当然是湖北的。"
    found = recognize(text, split_sentences(text), tagger=SpanTagger(("PER", "黄梅")))
    assert {(m.text, m.type) for m in found if m.text.startswith("黄梅")} == {("黄梅", EntityType.PLACE)}


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        ("村党支部书记闫喜来说:“村里的老人多。”", [("PER", "闫喜")], "闫喜来"),
        ("在北京打工返乡的宝音达来说,回来第二天就有人上门登记。", [("PER", "宝音达")], "宝音达来"),
    ],
)
def test_a_name_ending_in_lai_before_shuo_keeps_it(text: str, spans: list, name: str) -> None:
    """`闫喜来说:`: 来说 is the word only in the frame 对…来说; here the name ends in 来 and says something."""
    assert persons_read(text, *spans) == [name]


def test_the_frame_dui_lai_shuo_leaves_the_name() -> None:
    assert persons_read("对王刚来说,这是头等大事。", ("PER", "王刚")) == ["王刚"]


def test_a_name_after_a_title_before_an_adverb_of_the_clause() -> None:
    assert persons_read("村党总支书记钦建明干脆把办公桌搬到了村口。", ("PER", "钦建明")) == ["钦建明"]


def test_a_people_with_its_zu_is_no_person() -> None:
    assert persons_read("今年72岁的鄂伦春族老猎民葛长海每天都来。", ("PER", "鄂伦春"), ("PER", "葛长海")) == [
        "葛长海"
    ]


def test_goods_in_a_frame_of_company_are_no_person() -> None:
    """`连同米面油一起`: the frame holds goods, opened by a word of the lexicon (米面), no name."""
    assert persons_read("志愿者把菜包连同米面油一起送到居民家门口。") == []
    assert persons_read("民警和覃会平一起值守。") == ["覃会平"]


def test_an_imam_is_no_name() -> None:
    assert persons_read("“阿訇都说了,保护好自己就是保护好大家。”", ("PER", "阿訇")) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("记者:仝县长,您好!全县防控压力大吗?", "仝县长"),  # a surname and a title: how he is addressed
        ("辅警说:“苏所每天只睡三四个小时。”", "苏所"),  # a post clipped to its first character
        ("他说:“王局一直守在卡点。”", "王局"),
    ],
)
def test_a_surname_and_a_post_is_how_someone_is_addressed_no_name(text: str, read: str) -> None:
    assert read not in persons_read(text, ("PER", read))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("溪口镇在升学宴、谢师宴集中的八月逐户劝导。", "谢师宴"),  # a banquet
        ("“大喇叭一喊,乡亲们都懂了。”", "喇叭"),  # loudspeakers
        ("镇党委书记带着机关干部包楼包户,逐一过筛。", "包楼"),  # a cadre's charge of buildings
    ],
)
def test_words_of_the_response_that_open_with_a_surname_are_no_names(text: str, read: str) -> None:
    assert read not in persons_read(text, ("PER", read))


def test_zhi_a_surname_of_shanxi_after_a_title() -> None:
    assert persons_read("旗教育局局长智永强出席发布会。") == ["智永强"]


def test_a_name_before_brackets_holding_several_posts_is_a_person() -> None:
    text = "欧阳振华(县疾控中心副主任、县防指流调溯源专班副组长),舒婷(县人民医院护士)受到表扬。"
    assert "欧阳振华" in persons_read(text)


def test_a_unit_and_the_verb_of_office_before_its_heads_title_are_no_name() -> None:
    assert persons_read("委党组书记、主任谭明亮任专班组长,班子成员分片包干。") == ["谭明亮"]


def test_a_date_lines_label_opens_no_name() -> None:
    assert persons_read("发布机构:某某县卫生健康委员会  成文日期:2020-12-28", ("PER", "成文")) == []


def test_a_cadres_charge_of_a_hamlet_is_no_name() -> None:
    assert persons_read("实行镇干部包村、村干部包屯、党员包户。", ("PER", "包屯")) == []


def _page_persons(tmp_path, text: str) -> list[str]:  # noqa: ANN001
    """The persons read on a page of `text`, normalized as a crawled page is (padded names joined)."""
    from epikg.document import extract
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    return [m.text for m in extract(read_article(page)).mentions if m.type is EntityType.PERSON]


def test_a_duty_rosters_line_of_names_is_read_name_by_name(tmp_path) -> None:  # noqa: ANN001
    """`白班:韦　敏　罗　军　盘金凤`: a shift's names, two-character ones padded to three, set apart by spaces."""
    found = _page_persons(
        tmp_path, "坡月村卡点值班安排:\n白班:韦　敏　罗　军　盘金凤\n夜班:赵有才　黄　勇　巴特尔\n"
    )
    assert {"韦敏", "罗军", "盘金凤", "赵有才", "黄勇", "巴特尔"} <= set(found)
    assert "韦敏罗军" not in found


def test_a_line_of_words_after_a_label_names_no_one() -> None:
    assert persons("工作要求:严格值守　认真登记\n") == []


def test_a_padded_credit_of_a_hui_surname_is_a_name(tmp_path) -> None:  # noqa: ANN001
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("县城疫情防控工作有序推进。\n责任编辑:哈　静\n", encoding="utf-8")
    assert "哈静" in [b.name for b in read_article(page).bylines]


def test_a_roster_pair_starts_an_item(tmp_path) -> None:  # noqa: ANN001
    """`记者:杨雪梅　李　涛`: 梅 (a surname too) ends the first name; the padded pair is 李涛, no 梅李."""
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text("县城疫情防控工作有序推进。\n记者:杨雪梅　李　涛\n", encoding="utf-8")
    assert [b.name for b in read_article(page).bylines] == ["杨雪梅", "李涛"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "派驻隔离点的医生鲜于婷每天为隔离人员测体温。",
            "鲜于婷",
        ),  # 生鲜 straddles: a double surname all the same
        ("区经信委干部殷小飞正和企业负责人核对数据。", "殷小飞"),  # an adverb (正), then a conjunction
        ("今年62岁的退休教师向玉兰是社区里最年长的志愿者。", "向玉兰"),
        ("返乡大学生俎心怡加入突击队后每天值守。", "俎心怡"),  # a rare surname
        ("在外地上大学的学生葛雨桐就在车站坐上了返校专车。", "葛雨桐"),
        ("苗歌传承人龙金花把防疫知识编成苗歌。", "龙金花"),
        ("记者郇佳琪在卡点看到,过往车辆有序通行。", "郇佳琪"),
    ],
)
def test_a_name_after_a_role_of_the_public(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    ["学生家长一律不得进入校园。", "干部正在村口值守。", "学生返校前须提供核酸检测阴性证明。"],
)
def test_a_role_before_a_word_names_no_one(text: str) -> None:
    """None the rules keep alone (a reading left for the model to confirm is no name by itself)."""
    assert [
        m.text for m in rule_mentions(text) if m.type is EntityType.PERSON and m.source != MODEL_CHECKED_NAME
    ] == []


def test_donors_on_a_list_of_gifts() -> None:
    """`7. 司马婧　2000元`: a name on a donors' list, its gift closing the line; a body's line names no one."""
    text = (
        "捐款名单\n1. 北京某某商会　150000元\n7. 司马婧　2000元\n"
        "3. 谌大勇(低庄镇种植大户)　新鲜蔬菜2.5吨\n重庆某某银行云阳支行　20万元\n"
    )
    assert persons(text) == ["司马婧", "谌大勇"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("北京临猗商会情系桑梓,捐赠防疫物资。", "桑梓"),
        ("英雄凯旋!全县隆重迎接援鄂医疗队。", "凯旋"),
        ("全县广大党员干部群众闻令而动、众志成城。", "闻令而"),
        ("合作社的农机手正在给麦田追肥。", "麦田"),
        ("祝愿队员们平安凯旋。", "平安凯"),
        ("司机们吃住在接驳司机公寓。", "公寓"),
        ("海关关员们每天闭环执勤。", "关员们"),
        ("阳逻港码头工人全部闭环作业。", "阳逻港"),  # a port: data/person_never_ends.txt
    ],
)
def test_everyday_words_of_donations_and_welcomes_name_no_one(text: str, read: str) -> None:
    """The model's reading of an everyday word as a name (data/person_not_names.txt) is no person."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    found = recognize(text, split_sentences(text), tagger=SpanTagger(("PER", read)))
    assert read not in [m.text for m in found if m.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("河口村种植户甘长林说,辣椒全卖出去了。", "甘长林"),  # a grower who tells how his crop sold
        ("养殖户蒲永红介绍,饲料已经运到。", "蒲永红"),
        ("社工温晓丽每周到村里看望老人。", "温晓丽"),  # a social worker of the town's station
        ("心理咨询师缪佳怡说,来电多是焦虑。", "缪佳怡"),
        ("送气工杭国庆每天上门送气。", "杭国庆"),
        ("旅居泰国的乡贤郜永华捐款5万元。", "郜永华"),  # a native son who donates from afar
        ("旅居加拿大的馆陶籍华侨窦明远委托亲属捐款。", "窦明远"),  # an overseas Chinese
        ("旅居美国的石柱籍侨胞秦家伟多方联系货源。", "秦家伟"),
        ("在陌南镇,团员闫梦瑶开着自家的面包车送菜。", "闫梦瑶"),  # a Youth League member
        ("“我们要抓紧复工。”鹊岭镇的钢筋工田贵生说。", "田贵生"),  # a worker back on the site
        ("居民代表滕秀兰主动报名当志愿者。", "滕秀兰"),  # a residents' representative
    ],
)
def test_a_name_after_a_job_or_a_trade_of_the_public_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "张大伯说,村里的菜都卖完了。",  # uncle Zhang: a form of address, no name
        "柜员戴好口罩,为客户办理业务。",  # put on a mask: a verb, no surname
    ],
)
def test_an_address_and_a_verb_of_masks_are_no_name(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "海外华侨华人踊跃捐款捐物。",
        "华侨大学师生积极参与志愿服务。",
        "团员青年积极参与疫情防控。",
        "副市长带队到龙滚镇、兴隆华侨农场督导检查。",  # a farm of returned overseas Chinese
    ],
)
def test_overseas_chinese_and_youth_league_members_as_a_group_name_no_one(text: str) -> None:
    """What follows the role here is an everyday word, a name only where the model reads one (it reads none)."""
    from epikg.ner import recognize
    from epikg.read.normalize import split_sentences
    from helpers import SpanTagger

    found = recognize(text, split_sentences(text), tagger=SpanTagger())
    assert [m.text for m in found if m.type is EntityType.PERSON] == []


def test_a_countys_short_name_and_its_police_read_as_a_person_is_no_person() -> None:
    """`科左中旗公安`, a WeChat account's name alone on its line: a banner (科左中旗, 科尔沁左翼中旗's short name) and a
    body's word, which the model read as a long name with no surname; a long name of parts stays one."""
    from epikg.ner.merge import plausible
    from epikg.records import EntityType, Mention

    def person(text: str) -> bool:
        return plausible(Mention(text, EntityType.PERSON, 0, len(text), "model"))

    assert not person("科左中旗公安")
    assert person("巴音朝鲁")
    assert person("额尔敦毕力格")


def test_a_name_the_article_writes_before_a_places_ending_elsewhere_is_no_ones() -> None:
    """`达里诺尔、乌兰布统等景区` / `乌兰布统景区在入口处…`: the model's person is the scenic area's name."""
    text = "达里诺尔、乌兰布统等A级旅游景区恢复开放。乌兰布统景区在入口处设置测温点。"
    assert "乌兰布统" not in persons_read(text, ("PER", "乌兰布统"))
    # a bridge or a road may be named in a person's honour: the person stays
    text = "从圣海伦岛顺雅克·卡蒂埃大桥望去。1535年,法国探险家雅克·卡蒂埃航行至此。"
    assert "雅克·卡蒂埃" in persons_read(text, ("PER", "雅克·卡蒂埃"))


def test_two_southern_forms_of_address_are_no_name() -> None:
    assert persons_read("村医喊:“打疫苗不用钱,阿公阿嬷都来打!”", ("PER", "阿公阿嬷")) == []


def test_a_units_name_before_its_heads_title_is_no_name() -> None:
    """`网安大队大队长任志勇`: the brigade, then its head's title and his name; no `安大队`."""
    text = "围场县公安局副局长宇文浩介绍情况。网安大队大队长任志勇带领民警坚守一线。"
    found = persons_read(text, ("PER", "宇文浩"), ("PER", "任志勇"))
    assert "任志勇" in found
    assert not [p for p in found if p.endswith("队")], found


def test_a_countys_short_form_before_a_colon_is_the_place() -> None:
    """`饶阳:蔬菜大棚里的“战疫”`: a roundup's item, the county and what it did; no person 饶阳."""
    assert persons_read("景县:“红袖标”守好村口 · 饶阳:蔬菜大棚里的“战疫”\n", ("PER", "饶阳")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卫生院院长李鹏正带着医护人员清点药品。", "李鹏"),
        ("镇中心卫生院院长申屠鹏正带着医护人员清点药品。", "申屠鹏"),  # a double surname
        ("嘎查党支部书记乌力吉图正带着队员巡查。", "乌力吉图"),  # a name of a people that takes no surname
    ],
)
def test_an_adverb_before_a_verb_and_its_aspect_particle_ends_no_name(text: str, name: str) -> None:
    """`李鹏正带着`: 正 is the clause's adverb (is …ing) before 带着, not the name's last character."""
    assert persons_read(text, ("PER", text[text.index(name) : text.index(name) + len(name) + 1])) == [name]
