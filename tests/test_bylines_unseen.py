"""An author named alone in brackets after an article's last sentence (issue 13: persons on unseen
articles). Sentences written for these tests."""

from __future__ import annotations

import pytest

from epikg.read.pagemeta import read_meta
from helpers import credited, fold, persons_read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("防控指挥部要求全镇落实到位。(唐小文)\n|", "唐小文"),
        ("截至目前,两个卡点共检查车辆300辆。(纪明)", "纪明"),
        ("“守住村口就是守住家。”(周红梅)", "周红梅"),
    ],
)
def test_a_name_in_brackets_after_the_last_sentence_is_the_author(text: str, name: str) -> None:
    assert credited(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("各卡点严格落实登记制度。(石门县融媒体中心 王刚 李强)", ["王刚", "李强"]),
        ("各卡点严格落实登记制度。(城关镇人民政府 周小平)", ["周小平"]),
        ("各卡点严格落实登记制度。\n(来源:石门县卫健局 唐小文)", ["唐小文"]),
    ],
)
def test_a_unit_then_its_authors_in_brackets_closing_a_line_credits_them(text: str, names: list) -> None:
    assert credited(text) == names


@pytest.mark.parametrize("text", ["全县上下一条心。(全县上下 一起努力)", "工作组到卡点检查。(县委书记 张明)"])
def test_words_in_brackets_after_no_unit_credit_no_one(text: str) -> None:
    assert credited(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "县长张明(右二)在卡点检查。",
        "会议由县疾控中心(县疾控)主持。",
        "排查人员(王某)已隔离。",
        "全县设立卡点(含检查站)。",
    ],
)
def test_a_bracket_inside_a_sentence_credits_no_one(text: str) -> None:
    assert credited(text) == []


def test_the_review_chain_under_an_article_credits_each_reviewer() -> None:
    meta = read_meta("全镇已完成排查。\n初审:张明 复审:李强 终审:王芳")
    assert [(found.value, role) for found, role in meta.bylines] == [
        ("张明", "初审"),
        ("李强", "复审"),
        ("王芳", "终审"),
    ]


@pytest.mark.parametrize("line", ["初审:张明;复审:李强;终审:王芳", "初审：张明；复审：李强；终审：王芳"])
def test_credits_set_apart_by_semicolons_each_credit_their_reviewer(line: str) -> None:
    meta = read_meta("全镇已完成排查。\n" + fold(line))
    assert [(found.value, role) for found, role in meta.bylines] == [
        ("张明", "初审"),
        ("李强", "复审"),
        ("王芳", "终审"),
    ]


def test_text_and_photo_credit() -> None:
    assert credited("文/图 周小平") == ["周小平"]


@pytest.mark.parametrize("line", ["文 | 周小平  图 | 李强", "文丨周小平 图丨李强", "文:周小平 图:李强"])
def test_text_and_photo_credited_apart_by_a_bar_or_a_colon(line: str) -> None:
    meta = read_meta("全镇已完成排查。\n" + line)
    assert [(found.value, role) for found, role in meta.bylines] == [("周小平", "文"), ("李强", "图")]


def test_a_sites_menu_set_apart_by_bars_credits_no_one() -> None:
    """`视频 | 简体版`: menu items, though 视频 credits a video elsewhere and 简 is a surname."""
    assert credited("全镇已完成排查。\n首页 | 本地新闻 | 县市动态 | 图片 | 视频 | 简体版") == []
    assert credited("全镇已完成排查。\n编辑 | 周小平") == ["周小平"]


def test_a_one_character_role_without_a_bar_credits_no_one() -> None:
    assert credited("图为志愿者在卡点值守。") == []
    assert credited("文明城市创建工作扎实推进。") == []


def test_a_review_word_in_running_text_credits_no_one() -> None:
    assert credited("主编推荐本期内容。") == []


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "文/通讯员 梁小燕 宋杰\u3000\u3000编辑/郭丽",
            [("梁小燕", "通讯员"), ("宋杰", "通讯员"), ("郭丽", "编辑")],
        ),
        ("责任编辑/王小明", [("王小明", "责任编辑")]),
    ],
)
def test_a_role_and_a_slash_credit_the_name_after_them(line: str, credits: list[tuple[str, str]]) -> None:
    assert [(found.value, role) for found, role in read_meta(line).bylines] == credits


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("标题\n来源:某县融媒体中心  记者 才让措\n正文。", ["才让措"]),  # a Tibetan name: no listed surname
        ("标题\n记者 扎西多杰 通讯员 张明\n正文。", ["扎西多杰", "张明"]),
        ("标题\n记者 张明 发自北京\n正文。", ["张明"]),  # where the reporter wrote from
        ("标题\n责编:瘦马\n正文。", []),  # two characters with no surname: a pen name
    ],
)
def test_a_credited_name_needs_no_listed_surname_when_it_is_long_enough(text: str, names: list[str]) -> None:
    assert credited(text) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("作者:宣传科 上官婉清  点击:2104", ["上官婉清"]),  # a hospital's department, then its writer
        ("作者:政教处 李娜", ["李娜"]),
        ("来源:某某县人民政府网 作者:某某县应急管理局 黄春兰", ["黄春兰"]),  # a unit's full name
        ("供稿:柳林镇 张丽华", ["张丽华"]),  # a town's contribution, then its writer
        ("作者:东城街道 赵平", ["赵平"]),
        ("通讯员:城关派出所 刘强", ["刘强"]),  # a police station
        ("供稿:城关镇", []),  # the town alone: no one is credited
        ("作者:刘镇 张三", ["刘镇", "张三"]),  # two characters ending in 镇 may be a name
    ],
)
def test_a_unit_before_a_credited_name_is_no_name(line: str, names: list[str]) -> None:
    assert [found.value for found, _ in read_meta(f"标题\n{line}\n正文。").bylines] == names


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("(宣传科 朴光明 文/图)", [("朴光明", None)]),  # a unit, then its person
        ("全县干部下沉一线。(张小明 摄)", [("张小明", None)]),
        ("(李红 王强 供稿)", [("李红", None), ("王强", None)]),
    ],
)
def test_a_credit_written_after_the_names_in_a_closing_bracket_names_them_with_no_post(
    line: str, credits: list[tuple[str, None]]
) -> None:
    assert [(found.value, role) for found, role in read_meta(line).bylines] == credits


def test_a_bracket_with_a_role_word_inside_a_sentence_credits_no_one() -> None:
    assert credited("县长(右二 摄)在卡点检查。") == []


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("编辑:徐艳|审核:陈刚", [("徐艳", "编辑"), ("陈刚", "审核")]),  # a bar between two credits
        ("来源:某某县融媒体中心 摄影:张晓宇 文字:吴敏", [("张晓宇", "摄影"), ("吴敏", "文字")]),
        ("图文:赵敏 编辑:孙丽", [("赵敏", "图文"), ("孙丽", "编辑")]),  # pictures and text by one hand
        ("发布人:刘晓东 撰稿人:蒋丽华", [("刘晓东", "发布人"), ("蒋丽华", "撰稿人")]),
        (
            "编辑:刘晓东(实习) 审核:陈刚",
            [("刘晓东", "编辑"), ("陈刚", "审核")],
        ),  # a note in brackets after a name
        (
            "(通讯员 王建军(东坑镇政府)、刘艳)",
            [("王建军", "通讯员"), ("刘艳", "通讯员")],
        ),  # the list goes on past it
    ],
)
def test_credits_set_apart_by_a_bar_or_labelled_as_the_text(
    line: str, credits: list[tuple[str, str]]
) -> None:
    assert [(found.value, role) for found, role in read_meta(line).bylines] == credits


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("以下文章来源于某某融媒,作者黎文静", [("黎文静", "作者")]),  # a WeChat repost's header
        ("(记者王芳)", [("王芳", "记者")]),
    ],
)
def test_a_role_written_right_before_the_name_credits_it_where_the_name_ends_the_line(
    line: str, credits: list[tuple[str, str]]
) -> None:
    assert [(found.value, role) for found, role in read_meta(line).bylines] == credits


@pytest.mark.parametrize("line", ["据记者王芳了解,全县已设卡。", "作者王芳同志的文章"])
def test_a_role_run_into_a_name_inside_a_sentence_credits_no_one(line: str) -> None:
    assert credited(line) == []


def test_a_credited_name_of_parts_joined_by_a_middle_dot_is_one_name() -> None:
    line = "转自:某某县发布|作者:阿依古丽·买买提|编辑:张蕾"
    assert [(f.value, role) for f, role in read_meta(line).bylines] == [
        ("阿依古丽·买买提", "作者"),
        ("张蕾", "编辑"),
    ]


def test_a_source_in_a_sentence_ends_at_its_punctuation() -> None:
    def outlet(line: str) -> str | None:
        found = read_meta(line).outlet
        return found.value if found else None

    assert (
        outlet("本文转载自微信公众号“某某发布”,来源:某某县融媒体中心。2月11日起,全镇设卡。")
        == "某某县融媒体中心"
    )
    assert outlet("信息来源:某某县委宣传部、某某县卫生健康局") == "某某县委宣传部"


def test_a_long_name_of_parts_after_a_role_is_whole() -> None:
    line = "全镇干部坚守一线。\n(记者 王 磊  摄影 阿不都热合曼)"
    assert [f.value for f, _ in read_meta(line).bylines] == ["王磊", "阿不都热合曼"]


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        ("原创 某某发布 2022-03-01 08:00\n紧急提醒\n请近14天有相关地区旅居史的人员立即报备。", "某某发布"),
        (
            "发布者:某某县卫生健康委员会   日期:2021/8/5   点击:236\n县卫健委开展督查。",
            "某某县卫生健康委员会",
        ),
    ],
)
def test_a_wechat_account_a_publisher_or_a_sponsor_names_the_outlet(page: str, outlet: str) -> None:
    found = read_meta(page).outlet
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        ("首页 > 时政\n2020-02-09 07:30\n某某日报讯(记者 刘红)2月8日,某某县推行出入证管理。", "某某日报"),
        ("新华网 > 地方联播\n新华社西宁3月5日电(记者 李明)该县组织各乡镇开展排查。", "新华社"),
    ],
)
def test_with_no_source_line_the_datelines_outlet_is_the_outlet(page: str, outlet: str) -> None:
    found = read_meta(page).outlet
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        (
            "发布日期:2022-01-20  发布机构:某某县人民政府办公室\n各乡镇要完成摸底登记。",
            "某某县人民政府办公室",
        ),
        (
            "发 布 时 间 :  2022 - 01 - 14      来 源 :  某某县人民政府办公室\n县交通运输局设置查验点。",
            "某某县人民政府办公室",
        ),
    ],
)
def test_an_open_government_pages_publisher_and_a_spaced_label_name_the_outlet(
    page: str, outlet: str
) -> None:
    found = read_meta(page).outlet
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        (
            "原创 某某发布 2022-03-01 08:00\n紧急提醒\n来源:县疫情防控工作领导小组办公室\n编辑:沈佳怡",
            "某某发布",
        ),
        ("原创 某某发布 某某发布 2022-10-12 20:31 发表于浙江\n关于调整部分区域防控措施的通告", "某某发布"),
        ("发布时间:2022-04-18\n全县应急广播播放防疫提示。\n本文来源于微信公众号“某某发布”", "某某发布"),
        # no 原创 before the account, whatever its name: the place it posted from closes the header
        ("某某农业 2022-11-18 18:06 发表于山西\n11月以来,县农业农村局全力保障供应。", "某某农业"),
        (
            "原创 某某融媒 某某公安 2022-04-08 18:30 发表于河北\n民警在卡点值守。",
            "某某公安",
        ),  # its author first
    ],
)
def test_a_wechat_account_publishes_its_page_whatever_source_the_page_names(page: str, outlet: str) -> None:
    """The account in a WeChat header (written once or twice) published the page, over a source line naming
    whom the text came from; a portal's `本文来源于微信公众号“…”` names the account it reposts."""
    found = read_meta(page).outlet
    assert found is not None and found.value == outlet


def test_a_forum_posts_time_names_no_account() -> None:
    """`楼主  发表于 2020-1-29 18:47`: a forum post's time, its 发表于 before the date; no WeChat header."""
    assert read_meta("楼主  发表于 2020-1-29 18:47 | 只看该作者\n镇里设卡值守。").outlet is None


def test_a_players_button_credits_no_one() -> None:
    """`▶ 播放视频  时长 04:37`: the video's play button and its length, no credit of a video's maker."""
    meta = read_meta(
        "发布时间:2021-08-04  编辑:符晶晶\n▶ 播放视频  时长 04:37\n观众朋友们,张家界市近日发现病例。"
    )
    assert [b.value for b, _ in meta.bylines] == ["符晶晶"]


@pytest.mark.parametrize(
    "page",
    [
        "发布时间:2020-02-03\n据专家介绍,此次病毒来源于野生动物,市民不要食用野味。",
        "发布时间:2020-02-03\n信息存在两个来源:一个是大众媒介所说的,另一个是身边的人。",
        "发布时间:2020-02-03\n卡点设在路口。\n图片来源:某某日报",  # a photo's credit, not the page's source
    ],
)
def test_a_source_word_in_the_storys_sentences_names_no_outlet(page: str) -> None:
    """`来源于`, `来源:` after the words of a sentence: the story's, no label of a source line."""
    assert read_meta(page).outlet is None


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        ("发布时间:2020-02-03\n卡点设在路口。\n【信息来源:某某县卫健局】", "某某县卫健局"),
        ("发布时间:2020-02-03\n卡点设在路口。\n本文转自:某某日报   记者 文艳", "某某日报"),
        ("发布时间:2020-02-03\n作者:张明来源:某某县融媒体中心", "某某县融媒体中心"),  # labels run together
    ],
)
def test_a_source_label_with_its_kind_or_after_another_label_names_the_outlet(page: str, outlet: str) -> None:
    found = read_meta(page).outlet
    assert found is not None and found.value == outlet


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        ("某某论坛 › 某某新闻 › 查看内容\n大成桥镇志愿者给隔离户送菜。", "某某论坛"),
        ("某某日报 2021年8月5日 星期四\n第02版:综合新闻\n各乡镇组织网格员逐户排查。", "某某日报"),
        ("团结报 2022年03月19日 第A02版:要闻\n凤凰县:党员干部下沉一线。", "团结报"),
        ("某某日报网 · 县市\n某某县:防疫物资直达偏远山村", "某某日报网"),  # a section after a middle dot
    ],
)
def test_with_nothing_else_the_site_or_masthead_in_the_header_is_the_outlet(page: str, outlet: str) -> None:
    found = read_meta(page).outlet
    assert found is not None and found.value == outlet


def test_a_footers_host_is_no_outlet() -> None:
    assert read_meta("全县开展核酸检测。\n主办:某某县人民政府  承办:某某县政务服务中心").outlet is None


def test_this_papers_own_dateline_names_no_outlet() -> None:
    assert read_meta("本报讯(记者 刘红)2月8日,某某县推行出入证管理。").outlet is None


def test_a_credited_name_of_long_parts_joined_by_a_dot() -> None:
    assert credited("医务人员冒雪为群众进行核酸采样。\n摄影:巴合提别克·努尔兰") == ["巴合提别克·努尔兰"]


def test_a_photo_credit_run_into_the_next_sentence_credits_no_one_more() -> None:
    """`记者 黄金海 摄据了解,...`: 摄 credits the photo; what follows it is the story, no second name."""
    assert credited("▲医护人员为居民采样。记者 黄金海 摄据了解,全县已采样3万人。") == ["黄金海"]


@pytest.mark.parametrize(
    ("line", "names"),
    [("编辑 | 邹婷", ["邹婷"]), ("记者:钟瑶 剪辑:陈楠", ["钟瑶", "陈楠"])],
)
def test_a_role_set_off_by_a_bar_and_a_video_editor_credit_the_name(line: str, names: list[str]) -> None:
    assert credited("全区增设流动采样车4台。\n" + line) == names


@pytest.mark.parametrize(
    "page",
    [
        "关于加强防控的通告\n全县暂停聚集性活动。\n特此通告。\n某某县新冠肺炎疫情防控指挥部\n2022年3月15日",
        "关于做好假期防控的通知\n各景区要落实预约、限流。\n某某县人民政府办公室\n二〇二二年四月二十七日\n— 1 —",
        "关于印发预案的通知\n请认真贯彻执行。\n某某县人民政府办公室",
    ],
)
def test_the_body_that_signs_a_notice_at_its_foot_is_the_outlet(page: str) -> None:
    found = read_meta(page).outlet
    assert (
        found is not None
        and found.value.startswith("某某县")
        and page[found.start : found.end] == found.value
    )


def test_a_last_line_that_is_a_sentence_signs_nothing() -> None:
    assert read_meta("全县开展排查。\n县疾控中心提醒广大群众做好防护。").outlet is None


def test_text_and_photo_credited_apart_by_a_slash() -> None:
    meta = read_meta("全镇已完成排查。\n文/周小平 图/李强")
    assert [(found.value, role) for found, role in meta.bylines] == [("周小平", "文"), ("李强", "图")]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("周小平/文 李强/图", ["周小平", "李强"]),
        ("(吴晓燕/摄)", ["吴晓燕"]),
        ("欧阳振华 摄", ["欧阳振华"]),
        ("周小平 李强 摄影", ["周小平", "李强"]),
    ],
)
def test_a_credit_written_after_its_names_on_their_own_line(line: str, names: list[str]) -> None:
    assert credited("全镇已完成排查。\n" + line) == names


@pytest.mark.parametrize("line", ["见图/表", "防疫知识宣传 摄影展", "上图/下图"])
def test_a_slash_or_a_credit_word_among_ordinary_words_credits_no_one(line: str) -> None:
    assert credited("全镇已完成排查。\n" + line) == []


def test_the_producers_at_a_page_foot_are_credited() -> None:
    meta = read_meta("全镇已完成排查。\n统筹:王芳 监制:李强 签发:赵明")
    assert [(found.value, role) for found, role in meta.bylines] == [
        ("王芳", "统筹"),
        ("李强", "监制"),
        ("赵明", "签发"),
    ]


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("本报讯(记者李蕾张羽飞)全县设卡。", [("李蕾", "记者"), ("张羽飞", "记者")]),
        ("标题\n(通讯员张三李四王五)\n正文。", [("张三", "通讯员"), ("李四", "通讯员"), ("王五", "通讯员")]),
        ("标题\n记者:王姝马力\n正文。", [("王姝", "记者"), ("马力", "记者")]),
        ("标题\n(记者欧阳春晖)\n正文。", [("欧阳春晖", "记者")]),  # a double surname: one name
        ("标题\n(记者司马南)\n正文。", [("司马南", "记者")]),
        (
            "本报讯(记者胡昌伟通讯员余夕阳)全县设卡。",
            [],
        ),  # a role inside: no run of names (the title rules read it)
    ],
)
def test_credited_names_a_crawl_ran_together_are_each_credited(text: str, credits: list) -> None:
    """A page's spaces between credited names were lost: a run that is no name itself and cuts one way only
    into names, each after a listed surname, is those names."""
    assert [(found.value, role) for found, role in read_meta(text).bylines] == credits


def test_a_model_person_running_credited_names_together_is_each_name() -> None:
    """The model read `李蕾张羽飞` after 记者 as one person: it is two. Not so away from a byline's role."""
    assert sorted(persons_read("本报讯(记者李蕾张羽飞)全县设卡。", ("PER", "李蕾张羽飞"))) == [
        "张羽飞",
        "李蕾",
    ]
    # the model stopped short of the last name's end: the run in the text is cut, not the model's reading
    assert persons_read("(本报记者康淼沈汝发)", ("PER", "康淼沈汝")) == ["康淼", "沈汝发"]
    assert persons_read("本报讯记者李长云报道:今天", ("PER", "李长云")) == ["李长云"]  # 云报道 is no name
    assert persons_read("马克思恩格斯的著作。", ("PER", "马克思恩格斯")) == ["马克思恩格斯"]
    # a role inside is no name: the title rules read the names around it
    assert persons_read("(记者胡昌伟通讯员余夕阳)", ("PER", "胡昌伟通讯员余夕阳")) == ["胡昌伟", "余夕阳"]


def test_a_forums_button_after_the_word_for_author_credits_no_one() -> None:
    meta = read_meta("县里设了卡点。\n发表于 2020-1-27 08:46 | 只看该作者 | 只看大图")
    assert meta.bylines == ()


def test_a_mongolian_name_of_parts_after_a_credits_label() -> None:
    assert credited("全镇已完成排查。\n编辑:乌兰其其格") == ["乌兰其其格"]


def test_a_copyright_notices_last_word_is_no_outlet() -> None:
    meta = read_meta("县里设了卡点。\nCopyright © 2015-2021 All Rights Reserved 湘ICP备05012345号")
    assert meta.outlet is None


def test_a_sites_name_before_its_copyright_word_and_icp_mark_is_the_outlet_without_the_word() -> None:
    meta = read_meta("县里设了卡点。\n萍乡日报社版权所有  赣ICP备05002190号")
    assert meta.outlet is not None and meta.outlet.value == "萍乡日报社"


def test_a_source_named_in_quotes_ends_at_the_closing_quote() -> None:
    meta = read_meta("县里设了卡点。\n【版权声明】凡本网注明“来源:凉山新闻网”的作品,版权均属凉山日报社所有。")
    assert meta.outlet is not None and meta.outlet.value == "凉山新闻网"


@pytest.mark.parametrize("notice", ["未经书面授权禁止使用", "转载请注明出处"])
def test_a_rights_notice_after_the_copyright_word_is_no_outlet(notice: str) -> None:
    """`某某日报社版权所有 未经书面授权禁止使用`: the notice follows the word; the site's name stood before it."""
    meta = read_meta(f"县里设了卡点。\n某某日报社版权所有 {notice}")
    assert meta.outlet is None


@pytest.mark.parametrize(
    ("page", "names"),
    [
        (
            "泉州晚报讯(记者 吴婉婷 通讯员 晋宣)晋江市开展核酸检测。晋江市设卡。",
            ["吴婉婷"],
        ),  # 晋江's publicity office
        ("作者:记者 上官若楠 通讯员 邗宣\n邗江区开展排查。邗江区设卡。", ["上官若楠"]),
        (
            "作者:记者 上官若楠 通讯员 李宣\n邗江区开展排查。邗江区设卡。",
            ["上官若楠", "李宣"],
        ),  # a person's name
        (
            "首页 | 华容要闻 | 视频华容\n(记者 熊卫东)华容县境内的华容收费站恢复通行。",
            ["熊卫东"],
        ),  # a menu's `视频华容`: the county's videos
    ],
)
def test_a_credit_of_the_places_first_character_and_its_publicity_office_is_no_person(
    tmp_path, page: str, names: list[str]
) -> None:  # noqa: ANN001
    from epikg.document import extract
    from epikg.pipeline import read_article

    path = tmp_path / "a.txt"
    path.write_text(f"2022年3月16日\n{page}\n", encoding="utf-8")
    found = extract(read_article(path))
    assert [b.name for b in found.article.bylines] == names


def test_words_run_into_a_role_open_a_new_credit() -> None:
    """`文/图:融媒记者 涂佳 綦晓`: 融媒 runs into 记者 (the media centre's reporter), no name."""
    assert credited("全县开展核酸检测。\n文/图:融媒记者 涂佳 綦晓") == ["涂佳", "綦晓"]


def test_a_heading_after_a_reporters_label_credits_no_one() -> None:
    # `记者提问环节` opens a press conference's questions: 环节 is an everyday word, no name's end
    page = "某某区召开新闻发布会\n2020-02-12\n发布会介绍了防控情况。\n记者提问环节\n宜宾日报记者:请问有什么措施?\n"
    assert "提问环节" not in credited(page)


def test_the_internet_a_content_farm_took_the_page_from_is_no_outlet() -> None:
    page = "某某镇开展排查\n发布时间:2021-10-25\n某某镇开展排查。\n本文来源于网络,仅供学习交流,如有侵权请联系删除。\n"
    assert read_meta(page).outlet is None


def test_a_sites_menu_ending_in_its_media_centres_word_credits_no_one() -> None:
    # `视频 融媒`: two menu items, not a video credit to a Mr Rong (融媒 is the media centre's short word)
    page = "沭阳县融媒体中心\n首页　时政　民生　乡镇　专题　视频　融媒　\n某某县开展排查\n2020-02-06\n某某县开展排查。\n"
    assert credited(page) == []


def test_a_footers_sponsor_word_is_no_part_of_the_outlets_name() -> None:
    page = "某某县开展排查\n2020-02-11\n某某县开展排查。\n浠水新闻网 版权所有 浠水县融媒体中心主办\n"
    assert read_meta(page).outlet.value == "浠水县融媒体中心"


def test_a_kazakh_name_of_two_listed_parts_is_one_credit() -> None:
    page = "某某县开展接种\n2021-06-18\n某某县开展接种。\n编辑:巴合提古丽  审核:郑永刚\n"
    assert credited(page) == ["巴合提古丽", "郑永刚"]


def test_a_mongolian_name_of_two_parts_is_credited_whole() -> None:
    meta = read_meta(
        "某旗做好防控\n来源:科左后旗融媒体中心    作者:特木尔巴根 包玉霞\n全旗严格落实防控措施。"
    )
    assert [found.value for found, _ in meta.bylines] == ["特木尔巴根", "包玉霞"]


def test_an_interviewers_question_to_the_county_head_credits_no_one() -> None:
    assert credited("专访县长\n记者:仝县长,您好!今年春节返乡人员多吗?\n仝建峰:多。") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("经办人:邱晓彤    审核人:冯传亮", ["邱晓彤", "冯传亮"]),  # a hotline reply's handler and reviewer
        ("编辑:缪婷婷    审核:笪永    终审:沈国强", ["缪婷婷", "笪永", "沈国强"]),  # 笪, a surname of Jiangsu
        ("发布者:丁婧雯 | 审核:上官振宇", ["丁婧雯", "上官振宇"]),
    ],
)
def test_who_handled_reviewed_and_posted_a_reply_are_credited(line: str, names: list[str]) -> None:
    assert credited(f"标题\n正文。\n{line}\n") == names


def test_a_sites_administrator_credited_as_the_poster_is_no_name() -> None:
    assert credited("标题\n2020-02-03 15:32:10　|　发布者:管理员　|　点击数:1024\n正文。") == []


@pytest.mark.parametrize(
    ("page", "signed"),
    [
        ("长兴县煤山镇开展排查。\n\n记者 沈思妤 通讯员 长公宣\n", "长公宣"),  # the county police's publicity
        ("台山市大江镇企业复工。\n\n记者 伍嘉敏 通讯员 台工信\n", "台工信"),  # the city's bureau of industry
        ("顺德区容桂街道开展核酸检测。\n\n记者 区嘉怡 通讯员 顺宣\n\n编辑:麦颖\n", "顺宣"),
        # the county's other character, or a province's short name, before a sign of two characters
        ("五华县水寨镇整治哄抬物价。\n\n记者 古晓彤 通讯员 华市监\n", "华市监"),
        ("疏附县启动全员核酸检测。\n\n记者 骆晓彤 通讯员 粤援宣\n", "粤援宣"),
    ],
)
def test_an_offices_signature_in_a_credit_line_is_no_person(tmp_path, page: str, signed: str) -> None:  # noqa: ANN001
    """The place's first character and an office's sign (data/byline_pen_name_endings.txt), in a credit line the
    model reads as well: no person, whether or not the rules took the line for the page's credits."""
    from epikg.document import extract
    from epikg.pipeline import read_article
    from epikg.records import EntityType

    path = tmp_path / "a.txt"
    path.write_text(f"2022年3月16日\n{page}", encoding="utf-8")
    found = extract(read_article(path))
    persons = {m.text for m in found.mentions if m.type is EntityType.PERSON} | {
        b.name for b in found.article.bylines
    }
    assert signed not in persons and len(persons) >= 1


def test_a_person_who_bears_a_places_name_stays_a_person(tmp_path) -> None:  # noqa: ANN001
    """`副镇长金华` on a page that names 金华市: a person; only an office's signature (长公宣) is none."""
    from epikg.document import extract
    from epikg.pipeline import read_article
    from epikg.records import EntityType

    path = tmp_path / "a.txt"
    path.write_text(
        "发布时间:2022-03-14\n浦江县郑宅镇副镇长金华带队巡查,劝返了从金华市区前来聚餐的6名群众。\n",
        encoding="utf-8",
    )
    found = extract(read_article(path))
    assert "金华" in {m.text for m in found.mentions if m.type is EntityType.PERSON}


def test_a_post_before_the_credited_name_is_no_name() -> None:
    """`发布人:副县长 田建军`: a press conference's speaker credited with his post first; the post names no one."""
    assert credited("标题\n发布人:副县长 田建军\n全县开展排查。") == ["田建军"]


def test_a_forum_threads_author_is_a_users_handle() -> None:
    """`作者:山城游子  发表于 2020-2-9 15:32`: the thread's author is a handle, whatever names it spells."""
    assert credited("标题\n作者:山城游子  发表于 2020-2-9 15:32  只看楼主\n村口设了卡点。") == []
    assert credited("标题\n作者:张明\n村口设了卡点。") == ["张明"]


def test_a_post_and_a_name_in_brackets_are_no_credit() -> None:
    """`(副局长 汪建平)` after a hotline: a contact's post and name, read as a post, no byline."""
    assert credited("标题\n企业复工咨询:县经信局 0563-5022318(副局长 汪建平)\n全县开展排查。") == []
