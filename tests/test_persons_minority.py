"""Names with no surname the model reads (`扎西说`, `买买提·吐尔逊`): the genre filter keeps them. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from helpers import persons_read as persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("扎西说,我们一定守好村子。", "扎西"),
        ("次仁卓玛主动到卡点值守。", "次仁卓玛"),
        ("买买提·吐尔逊说,我们一定守好村子。", "买买提·吐尔逊"),
        ("县领导周明、买买提·吐尔逊参加检查。", "买买提·吐尔逊"),
    ],
)
def test_a_name_of_listed_parts_the_model_reads_is_kept(text: str, name: str) -> None:
    assert name in persons(text, ("PER", name))


def test_a_doubled_character_opens_no_name_unless_it_is_a_listed_part() -> None:
    assert persons("天天坚守在卡点。", ("PER", "天天")) == []


def test_a_part_after_the_dot_the_model_cut_short_is_taken_whole() -> None:
    assert persons("这时,艾尼瓦·阿布都正在登记。", ("PER", "艾尼瓦·阿布")) == ["艾尼瓦·阿布都"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("其木格说,我们一定守好村子。", "其木格"),
        ("才让措说,我们一定守好村子。", "才让措"),  # 措, a lake: the last part of women's names
        ("次仁卓玛介绍,全村无异常。", "次仁卓玛"),  # four characters, no double surname
        ("民警才让措正在登记。", "才让措"),
    ],
)
def test_a_name_of_listed_parts_opening_its_report_is_read_without_the_model(text: str, name: str) -> None:
    assert name in persons(text)


def test_the_lakes_part_alone_names_no_one() -> None:
    assert persons("各项措施落实到位。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县卫健局党组书记、局长才让东主介绍,全县设卡4个。", "才让东主"),  # Tibetan parts of Qinghai's news
        ("院长更登加措汇报了发热门诊改造情况。", "更登加措"),
        ("区长旦增罗布先后来到八廓街道。", "旦增罗布"),
        ("村党支部书记俄木阿依、村监委会主任吉伍伍呷分成三个小组。", "俄木阿依"),  # the Yi's clan names
        ("村党支部书记俄木阿依、村监委会主任吉伍伍呷分成三个小组。", "吉伍伍呷"),
        ("村党总支书记、村委会主任罕建明履职不力。", "罕建明"),  # a Dai surname
    ],
)
def test_names_of_the_peoples_of_the_west_and_south_west_after_a_title(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_dotted_name_the_model_cut_before_a_listed_part_is_taken_whole() -> None:
    assert persons("副县长禤海波、哈力旦·沙比提分别带队。", ("PER", "哈力旦·沙比")) == [
        "禤海波",
        "哈力旦·沙比提",
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("【众志成城 抗击疫情】全镇干部坚守卡点。", "众志成城"),  # an idiom of the lexicon
        ("民警正逐一查验进出人员的苏康码和核酸检测报告。", "苏康码"),  # a province's health code
    ],
)
def test_an_idiom_or_a_health_code_the_model_reads_is_no_name(text: str, read: str) -> None:
    assert persons(text, ("PER", read)) == []


def test_a_verb_of_office_before_a_title_opens_no_name() -> None:
    """`县长任常务副组长`: 任 (a surname too) is the verb of office; `县长任强主持` is a name."""
    assert persons("成立由县委书记任组长、县长任常务副组长的指挥部。") == []
    assert persons("县长任强主持会议。") == ["任强"]


def test_a_dai_name_before_a_coverb_is_the_name() -> None:
    # `岩温用傣语`: 用 (in, with) opens the clause (data/person_verb_chars.txt), no name 岩温用
    assert persons("南欠村党总支书记岩温用傣语在广播上讲。", ("PER", "岩温用")) == ["岩温"]


def test_a_name_of_a_people_before_a_verb_and_its_aspect_mark_is_the_name() -> None:
    # `拉毛措拉着`: 拉 is the verb before 着, as after any name
    assert persons("68岁的牧民拉毛措拉着队员的手说。", ("PER", "拉毛措拉")) == ["拉毛措"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("巴图孟和(蒙古族,嘎达布其镇党委副书记、镇长)", "巴图孟和"),
        ("额尔敦毕力格(蒙古族,宝日格斯台嘎查党支部书记)", "额尔敦毕力格"),
        (
            "图门(蒙古族,旗商务局干部,负责城区生活物资保供)",
            "图门",
        ),  # a people's note shows the name, post or none
    ],
)
def test_an_honour_lists_name_with_its_post_inside_the_notes_bracket(line: str, name: str) -> None:
    text = f"二、先进个人\n{line}\n"
    assert name in persons(text)


def test_a_uyghur_name_of_listed_parts_after_the_dot_is_whole() -> None:
    # 托合提 (data/person_minority_names.txt) is a part: the model's cut at ·托 takes it whole
    text = "我和队员古丽娜尔·托合提连夜把花名册翻出来。"
    assert persons(text, ("PER", "古丽娜尔·托")) == ["古丽娜尔·托合提"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("乡党委书记索南求培带队走访牧户。", "索南求培"),  # Tibetan of Amdo, four characters
        ("村医白玛拉措每天到牧点巡诊。", "白玛拉措"),
        ("达嘎村村医吉克阿依老家在昭觉。", "吉克阿依"),  # Yi: a clan's name and a given name
        ("乡长巴合提别克·加肯表示,将巩固防控成果。", "巴合提别克·加肯"),  # Kazakh, over the dot
        ("民警买买提江·阿不力米提和辅警们查验车辆。", "买买提江·阿不力米提"),  # Uyghur
    ],
)
def test_a_name_of_listed_parts_after_a_title_is_read_whole(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_dotted_name_opening_a_list_line_is_a_name() -> None:
    """`热依拉·吐尔洪　纳瓦乡中心小学教师`: a staff list's line, its name of two listed names joined by the dot."""
    assert "热依拉·吐尔洪" in persons("热依拉·吐尔洪　纳瓦乡中心小学教师\n")


@pytest.mark.parametrize(
    ("text", "read", "name"),
    [
        # the model begins inside the first part: the name starts after the title right before it
        (
            "村医古丽米拉·阿不都热依木和两名护士早已穿好防护服。",
            "丽米拉·阿不都热依木",
            "古丽米拉·阿不都热依木",
        ),
        # or at the first of the listed parts that run up to the dot
        ("经营拌面馆的阿不都热合曼·吐尔逊是社区志愿者。", "曼·吐尔逊", "阿不都热合曼·吐尔逊"),
        ("董事长孛尔只斤·巴图说,订单不断。", "斤·巴图", "孛尔只斤·巴图"),
    ],
)
def test_a_dotted_name_begun_inside_its_first_part_takes_the_whole_part(
    text: str, read: str, name: str
) -> None:
    assert name in persons(text, ("PER", read))


def test_a_dotted_name_read_whole_after_its_title_keeps_its_start() -> None:
    assert persons("主任阿依古丽·买买提说。", ("PER", "阿依古丽·买买提")) == ["阿依古丽·买买提"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会议选举哈丽旦·努尔兰为社区居委会主任。", "哈丽旦·努尔兰"),  # a verb before it, no title
        ("他心里很踏实。”换装工吐尔逊·买买提说。", "吐尔逊·买买提"),  # a job the titles do not list
        (
            "幸福路社区党总支书记古丽巴哈尔·吐尔地说。",
            "古丽巴哈尔·吐尔地",
        ),  # right after 书记 (支书 is inside it)
    ],
)
def test_a_dotted_name_read_whole_takes_no_word_before_it(text: str, name: str) -> None:
    assert name in persons(text, ("PER", name))


def test_words_between_a_title_and_a_dotted_name_stay_out_of_it() -> None:
    text = "该院秘书长、即将接任院长职务的比特·利沃等介绍了情况。"
    assert persons(text, ("PER", "比特·利沃")) == ["比特·利沃"]


@pytest.mark.parametrize(
    ("text", "read", "name"),
    [
        (
            "总经理哈斯宝力道介绍,景区共设测温点3个。",
            "哈斯宝",
            "哈斯宝力道",
        ),  # the model stopped inside 宝力道
        ("乡党委书记马海伍各说,全乡已排查返乡人员。", "马海伍", "马海伍各"),  # inside the Yi given name 伍各
        ("这时,白玛拉措已在卡点值守了一夜。", "白玛拉", "白玛拉措"),  # inside the last part, 拉措
    ],
)
def test_a_name_the_model_cut_inside_its_last_listed_part_runs_on_to_its_end(
    text: str, read: str, name: str
) -> None:
    assert persons(text, ("PER", read)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("乡长更登加带领干部连夜排查。", "更登加"),  # 加 ends many Amdo men's names
        ("护士才让吉正在登记返乡人员。", "才让吉"),  # and 吉 women's
        ("乡党委书记格绒降措说,全乡共排查农户一千余户。", "格绒降措"),
        ("嘎查村医宝音朝克图今年五十六岁。", "宝音朝克图"),
    ],
)
def test_more_parts_of_tibetan_mongolian_and_yi_names_after_a_title(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_part_of_one_character_that_makes_a_word_with_the_next_ends_no_name() -> None:
    # 加强 (to strengthen), not a name 扎西加
    assert persons("县委书记扎西加强了对卡点的督导。", ("PER", "扎西")) == ["扎西"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("道帏藏族乡 联系人:才让东智(乡长) 0972-8851002", "才让东智"),
        ("岗察藏族乡 联系人:更登加(副乡长) 0972-8857011", "更登加"),
    ],
)
def test_a_name_of_listed_parts_before_its_post_in_brackets_is_read_without_the_model(
    text: str, name: str
) -> None:
    assert persons(text) == [name]
