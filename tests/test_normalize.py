"""Normalization: residue and mojibake removed, boilerplate dropped, every character traceable to the page."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from epikg.read.boilerplate import is_boilerplate
from epikg.read.ingest import substitute
from epikg.read.normalize import clean_lines, fold_aligned, normalize, split_sentences
from epikg.read.residue import read_in_step, recover_char, remove_residue
from epikg.read.script import fold, to_simplified
from epikg.records import AlignedText


def norm(raw: str) -> AlignedText:
    return normalize(AlignedText.identity(raw))


def test_pinyin_residue_is_removed() -> None:
    assert (
        norm("這是一場疫情防控的人民戰(zhàn)爭,疫情發(fā)生后").text
        == "这是一场疫情防控的人民战争,疫情发生后"
    )


def test_residue_without_tone_mark_needs_the_characters_own_reading() -> None:
    assert remove_residue(AlignedText.identity("的(de)")).text == "的"
    assert remove_residue(AlignedText.identity("村(app)")).text == "村(app)"


def test_brackets_that_are_not_residue_stay() -> None:
    text = "1月23日(农历腊月二十九)在村(社区)设卡"
    assert norm(text).text == text


def test_pinyin_residue_in_title() -> None:
    raw = "黨群連心聞疫出擊 ——瀘溪縣浦市鎮(zhèn)迅速應(yīng)對(duì)新一輪疫情工作側(cè)記"
    assert norm(raw).text == "党群连心闻疫出击 ——泸溪县浦市镇迅速应对新一轮疫情工作侧记"


def test_mojibake_recovers_lost_character_when_a_word_makes_it_certain() -> None:
    assert norm("來源:湖南日?qǐng)?bào)·新湖南客戶端").text == "来源:湖南日报·新湖南客户端"


def test_mojibake_fragment_is_dropped_when_uncertain() -> None:
    assert recover_char("lián", "勇", "") is None
    assert "?" not in norm("旗幟引領(lǐng) 黨員沖鋒在前勇?lián)?dāng)").text


def test_lost_full_stop_breaks_no_name() -> None:
    text = norm("由市質(zhì)監(jiān)所現(xiàn)場開具行政處罰?!痹谂R街店面,副鎮(zhèn)長黃江表示").text
    assert "处罚。" in text and "副镇长黄江表示" in text


def test_gbk_read_one_byte_off_after_a_lost_byte_is_read_again_in_step() -> None:
    # `。”在臨街`: `”`'s second byte and `在`'s first read as one character, until the ASCII byte of `臨` (C5 52)
    raw = "現(xiàn)場開具行政處罰?!痹谂R街店面巡查"
    text = norm(raw)
    assert text.text == "现场开具行政处罚。在临街店面巡查"
    at = text.text.index("在临")
    # the characters read again keep their raw span
    assert raw[text.starts[at] : text.ends[at + 1]] == "痹谂R"
    # a character whose second byte was lost is dropped (its residue may give it back: here 报 or 爆, uncertain)
    assert read_in_step("毙畔⒚\ue48c艌?bào)送組組長") == (5, "信息摸排")


@pytest.mark.parametrize(
    "text",
    ["你们到岗了吗?陈铮说,都到了。", "会议通过(2020)年度计划", "请扫码!暂停营业的店铺"],
)
def test_text_after_a_question_mark_or_bracket_is_read_as_it_is(text: str) -> None:
    assert remove_residue(AlignedText.identity(text)).text == text


def test_full_width_forms_become_half_width() -> None:
    assert norm("全縣共設(shè)卡點５個，（含）").text == "全县共设卡点5个,(含)"


def test_boilerplate_lines_are_dropped() -> None:
    page = "\n".join(
        [
            "找回密码",
            " 注册",
            "查看: 7481|回复: 0",
            "当前位置: 首页 > 要闻快递 > 组工动态 > 南县",
            "不当后退干部打一场人民战争",
            "mCmzMmMcVJ771ZMm.jpg",
            "苍南县委书记黄荣定率领县防疫领导小组一干人员驱车赶到这里,暗访疫情防控工作落实情况,街上空空荡荡。",
            "您需要登录后才可以回帖 登录 | 注册",
            "不良信息举报(0577)88891703|柒零叁网 ( 浙ICP备08111123号-1 )",
            "© 2001-2024 Discuz! Team.",
        ]
    )
    assert norm(page).text == (
        "不当后退干部打一场人民战争\n"
        "苍南县委书记黄荣定率领县防疫领导小组一干人员驱车赶到这里,暗访疫情防控工作落实情况,街上空空荡荡。"
    )


def test_a_wechat_collection_and_its_count_are_dropped() -> None:
    page = "全县开展核酸检测。\n收录于合集\n#疫情防控 126个\n#抗疫 #志愿服务 12个\n村里设了卡点。"
    assert norm(page).text == "全县开展核酸检测。\n村里设了卡点。"


@pytest.mark.parametrize(
    "line",
    ["?? 首页 > 政务公开 > 通知公告 > 正文", "?? 某某网 | 首页 | 新闻 | 某某?? | 政务 | 民生 | 专题 ??"],
)
def test_a_trail_or_menu_with_characters_lost_to_mojibake_is_dropped(line: str) -> None:
    body = "全县共设立卡点12个,对进出人员逐一登记测温。"
    assert norm(f"{line}\n{body}").text == body


@pytest.mark.parametrize(
    "line",
    [
        "首页　机构概况　教育动态　通知公告　政策法规　联系我们",
        "首页 县区要闻 部门动态 镇街传真 民生热线 视频新闻",
    ],
)
def test_a_menu_set_apart_by_spaces_alone_is_dropped(line: str) -> None:
    body = "全县共设立卡点12个,对进出人员逐一登记测温。"
    assert norm(f"{line}\n{body}").text == body


def test_a_line_of_prose_after_the_home_word_stays() -> None:
    line = "首页 我县开展全员核酸检测工作 取得成效"
    assert line.split()[1] in norm(f"{line}\n全县共设立卡点12个。").text


def test_related_articles_after_the_body_are_dropped() -> None:
    body = "徽县快速反应、立即行动,按照中央、省、市关于疫情防控工作决策部署,全力以赴打好疫情防控阻击战。"
    page = f"{body}\n通讯员 朱登山 高琼\n精彩推荐\n• 【甘快看】天水秦安:抗疫前线的新婚医警\n关注我们\n分享到"
    assert norm(page).text == f"{body}\n通讯员 朱登山 高琼"


def test_the_next_articles_link_after_the_body_is_dropped() -> None:
    body = "记者了解到,仙居县每个村的村口都有专兼职人员进行把守,部分重要路段还安排医生进行体温测量。"
    page = f"{body}\n责任编辑:杨能勇\n[返回]\n下一个:\n乡贤赠送口罩助防疫"
    assert "口罩" not in norm(page).text and body in norm(page).text


@pytest.mark.parametrize(
    "header",
    [
        "▍推荐阅读",
        "【相关新闻】",
        "■ 延伸阅读:",
        "相关链接:",
        "【往期回顾】",
        "大家都在看",
        "相关视频:",
        "【更多视频】",
    ],
)
def test_a_related_articles_header_set_off_by_marks_ends_the_article(header: str) -> None:
    body = "记者了解到,仙居县每个村的村口都有专兼职人员进行把守,部分重要路段还安排医生进行体温测量。"
    page = f"{body}\n{header}\n仙居县新增3处便民核酸采样点"
    assert norm(page).text == body


def test_a_related_articles_header_with_its_links_on_its_line_ends_the_article() -> None:
    body = "记者了解到,仙居县每个村的村口都有专兼职人员进行把守,部分重要路段还安排医生进行体温测量。"
    page = f"{body}\n推荐阅读 › 某某县启动疫情防控应急响应 › 某某市公共场所全部实行扫码登记\n版权所有"
    assert norm(page).text == body


@pytest.mark.parametrize(
    "links",
    ["【相关链接】 贵州省卫生健康委员会 | 毕节市人民政府", "相关链接: 某某县人民政府网 丨 某某日报"],
)
def test_a_related_links_header_with_its_sites_on_its_line_ends_the_article(links: str) -> None:
    """The sites a portal links to after its header (`【相关链接】 A | B`) are furniture, not bodies of the story."""
    body = "记者了解到,仙居县每个村的村口都有专兼职人员进行把守,部分重要路段还安排医生进行体温测量。"
    assert norm(f"{body}\n{links}\n版权所有").text == body


def test_a_tv_items_list_of_other_videos_ends_the_article() -> None:
    """`▶ 某某镇:…` under `相关视频` are the station's other items: their measures are none of this page's."""
    body = "解说:连日来,白沙镇在各路口设立卡点,对过往车辆逐一登记。"
    page = f"{body}\n(本台记者 王刚 报道)\n相关视频:\n▶ 青松镇:党员先锋岗上的坚守\n▶ 县人民医院开展核酸检测"
    assert norm(page).text == f"{body}\n(本台记者 王刚 报道)"


@pytest.mark.parametrize(
    "comments",
    [
        "写留言\n留言\n岳阳网友 张大伟\n为家乡点赞!",
        "网友评论(3)\n张大伟:为家乡点赞!",
        "精选留言\n张大伟\n辛苦了",
        "留言\n村民老黄\n坚决支持!不给村里添麻烦",
        # the page's own link beside the heading
        "网友评论(4)\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000我要评论\n张大伟:我们屯口的卡点,村主任天天守着。",
    ],
)
def test_the_readers_comments_after_the_body_are_dropped(comments: str) -> None:
    """A commenter's name is no one the article names: the comment section ends the article."""
    body = "记者了解到,仙居县每个村的村口都有专兼职人员进行把守,部分重要路段还安排医生进行体温测量。"
    assert norm(f"{body}\n编辑:王芳\n{comments}").text == f"{body}\n编辑:王芳"


@pytest.mark.parametrize(
    "box",
    [
        "热点新闻\n· 我县召开春耕生产推进会\n· 青松镇开展环境整治行动\n当前位置:首页 > 新闻中心 > 本地要闻",
        "热点新闻:\n我县召开春耕生产推进会\n青松镇开展环境整治行动\n当前位置:首页 > 新闻中心 > 本地要闻",
        "相关新闻:\n· 我县召开春耕生产推进会\n· 青松镇开展环境整治行动",
    ],
)
def test_a_box_of_other_headlines_before_the_article_is_dropped(box: str) -> None:
    """The page's top furniture holds a box of other articles' headlines: they are none of the article's."""
    title = "桃源县全力做好返乡人员服务管理"
    body = "记者了解到,桃源县在各主要路口设立服务点,对返乡人员逐一登记、测温,确保不漏一人。"
    text = norm(f"县人民政府门户网站\n{box}\n{title}\n{body}").text
    assert "青松镇" not in text and "春耕" not in text
    assert title in text and body in text


def test_a_header_before_the_article_with_no_box_after_it_keeps_what_follows() -> None:
    body = "记者了解到,桃源县在各主要路口设立服务点,对返乡人员逐一登记、测温,确保不漏一人。"
    assert body in norm(f"热点新闻\n{body}").text


@pytest.mark.parametrize("bullet", ["›", "?", "· "])
def test_a_link_to_the_previous_article_after_a_bullet_is_dropped(bullet: str) -> None:
    body = "记者了解到,桃源县在各主要路口设立服务点,对返乡人员逐一登记、测温,确保不漏一人。"
    page = f"{body}\n责任编辑:张明\n{bullet}上一篇:青松镇开展冬季消防安全检查\n版权所有 桃源县人民政府"
    assert "青松镇" not in norm(page).text


def test_a_side_columns_lines_drawn_with_a_bar_are_dropped_between_the_articles() -> None:
    first = "记者了解到,桃源县在各主要路口设立服务点,对返乡人员逐一登记、测温,确保不漏一人。"
    second = "县卫健局介绍,全县已完成两轮全员核酸检测,结果均为阴性。"
    page = f"{first}\n│ 热门排行\n│ 1. 青松县开展春季植树活动\n{second}\n│ 2. 石门县:复工复产两手抓"
    assert norm(page).text == f"{first}\n{second}"


def test_the_address_in_the_pages_footer_stays_where_the_footer_goes() -> None:
    """`地址:某某县民主路1号` names the body's county and street, which readers list as places."""
    body = "记者了解到,桃源县在各主要路口设立服务点,对返乡人员逐一登记、测温,确保不漏一人。"
    page = f"{body}\n主办单位:桃源县人民政府办公室 地址:桃源县漳江路8号  电话:0736-66xxxxx"
    assert norm(page).text == f"{body}\n地址:桃源县漳江路8号"


def test_the_footers_address_after_the_related_links_stays_too() -> None:
    body = "记者了解到,桃源县在各主要路口设立服务点,对返乡人员逐一登记、测温,确保不漏一人。"
    page = f"{body}\n相关新闻\n· 青松镇开展环境整治\n地址:桃源县漳江路8号\n版权所有 桃源县人民政府"
    assert norm(page).text == f"{body}\n地址:桃源县漳江路8号"


def test_repeated_caption_is_kept_once() -> None:
    page = "浦市镇党政负责人分别开展疫情防控工作\n浦市镇党政负责人分别开展疫情防控工作\n正文。"
    assert norm(page).text == "浦市镇党政负责人分别开展疫情防控工作\n正文。"


def test_offset_map_round_trip_on_a_traditional_page() -> None:
    raw = "找回密码\n湖南日?qǐng)?bào)·新湖南客戶端\n浦市鎮(zhèn)黨委書記李昊明迅速主持召開會議。\n"
    text = norm(raw)
    start = text.text.index("李昊明")
    raw_start, raw_end = text.raw_span(start, start + 3)
    assert raw[raw_start:raw_end] == "李昊明"
    # A character rebuilt from residue spans the residue in the raw page.
    zhen = text.text.index("镇")
    assert raw[slice(*text.raw_span(zhen, zhen + 1))] == "鎮(zhèn)"
    report = text.text.index("报")
    assert "bào" in raw[slice(*text.raw_span(report, report + 1))]


@given(st.text(alphabet=st.sampled_from("戰(zhàn)?bào)報日湖南鎮村,。\n 找回密码abc"), max_size=80))
def test_offsets_are_monotone_and_inside_the_page(raw: str) -> None:
    text = norm(raw)
    assert len(text.starts) == len(text.ends) == len(text.text)
    for i in range(len(text.text)):
        assert 0 <= text.starts[i] <= text.ends[i] <= len(raw)
        if i:
            assert text.starts[i - 1] <= text.starts[i]


def test_substitute_maps_replacements_to_the_span_they_replace() -> None:
    import re

    text = substitute(AlignedText.identity("ab<tag>cd"), re.compile(r"<[^>]+>"), "\n")
    assert text.text == "ab\ncd"
    assert text.raw_span(2, 3) == (2, 7)
    assert text.raw_span(3, 5) == (7, 9)


def test_corner_brackets_fold_to_the_quotation_marks_of_simplified_pages() -> None:
    """Rules written for `倡导“宴会不办”` read a Traditional page's `倡導「宴會不辦」` the same."""
    assert fold("倡導「喜事緩辦、宴會不辦」,『好』") == "倡导“喜事缓办、宴会不办”,『好』"


@pytest.mark.parametrize("dot", ["\u2022", "\u2027", "\u30fb", "\uff65"])
def test_the_middle_dots_of_a_transliterated_name_fold_to_one(dot: str) -> None:
    assert fold(f"县长阿不都热合曼{dot}买买提") == "县长阿不都热合曼\u00b7买买提"


def test_fold_keeps_length_and_offsets() -> None:
    raw = AlignedText.identity("梨樹縣聯防聯控")
    assert fold_aligned(raw).starts == raw.starts


@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        ("乾縣人民政府召開會議", "乾县人民政府召开会议"),  # a county of Shaanxi, not 干县
        ("濛江街道城北社區", "濛江街道城北社区"),
        ("天氣乾燥,於是", "天气干燥,于是"),  # elsewhere the characters fold as before
        ("乾安縣", "乾安县"),
    ],
)
def test_place_names_keep_the_characters_simplified_writing_keeps(text: str, simplified: str) -> None:
    assert to_simplified(text) == simplified


@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        ("医院医生孔日乾说,医院已开设发热门诊。", "医院医生孔日乾说,医院已开设发热门诊。"),
        ("縣疾控中心副主任徐永乾介紹", "县疾控中心副主任徐永乾介绍"),
        ("保持環境乾淨", "保持环境干净"),  # in an everyday word the character still folds
    ],
)
def test_a_persons_name_keeps_a_character_simplified_names_keep(text: str, simplified: str) -> None:
    """`孔日乾`: 乾 folds to 干 only where that makes an everyday word with a neighbour (data/script_name_chars.txt)."""
    assert to_simplified(text) == simplified


@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        ("会议由县委副书记沈思远主持。", "会议由县委副书记沈思远主持。"),  # a Simplified page: the surname
        ("副镇长沈重阳、沈默然到卡点检查。", "副镇长沈重阳、沈默然到卡点检查。"),
        (
            "會議由沈思遠主持,記者 沈思妤 報道。",
            "会议由沈思远主持,记者 沈思妤 报道。",
        ),  # a Traditional page too
    ],
)
def test_the_surname_that_traditional_phrases_fold_stays(text: str, simplified: str) -> None:
    """OpenCC's tables read 沈思 and 沈默 as Traditional 沉思 and 沉默; the genre's pages, Simplified or converted to
    Traditional, write those with 沉, so their 沈 stays (data/script_simplified_chars.txt)."""
    assert to_simplified(text) == simplified


@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        ("鎮衞生院院長李衞光", "镇卫生院院长李卫光"),  # Hong Kong's variant of 衛
        ("敍述", "叙述"),
        ("收銀枱", "收银台"),
    ],
)
def test_hong_kong_variant_characters_fold_as_the_standard_ones(text: str, simplified: str) -> None:
    assert to_simplified(text) == simplified


@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        ("村民們戴著口罩排隊", "村民们戴着口罩排队"),  # Taiwan's writing of the particle 着
        ("隨著春節臨近", "随着春节临近"),
        ("田野笑著說", "田野笑着说"),
        ("沉著應對", "沉着应对"),
        ("取得顯著成效", "取得显著成效"),  # a word of 著 stays
        ("著名專家", "著名专家"),
        ("以干旱著稱", "以干旱著称"),
        ("趙振宇著的《應用新聞論》", "赵振宇著的《应用新闻论》"),  # written by
        ("(游光榮著)", "(游光荣著)"),
    ],
)
def test_the_particle_written_as_taiwan_writes_it_folds_to_its_simplified_form(
    text: str, simplified: str
) -> None:
    assert to_simplified(text) == simplified


def test_no_county_or_town_of_the_gazetteer_is_changed_by_folding() -> None:
    from epikg import gazetteer

    changed = [
        d.name
        for d in gazetteer.load().divisions
        if d.level in ("province", "prefecture", "county", "township") and to_simplified(d.name) != d.name
    ]
    assert changed == []


def test_sentences_end_at_final_punctuation_and_keep_closing_quotes() -> None:
    text = "“我们坚决不当后退干部!”这是一句话。第二句?\n标题行"
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["“我们坚决不当后退干部!”", "这是一句话。", "第二句?", "标题行"]


def test_clean_lines_on_empty_text() -> None:
    assert clean_lines(AlignedText.identity("")).text == ""


# --- names padded to the width of three -------------------------------------------------


def _unpadded(text: str) -> AlignedText:
    from epikg.read.normalize import unpad_names

    return unpad_names(AlignedText(text, tuple(range(len(text))), tuple(range(1, len(text) + 1))))


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("村委会主任王 平带领村组干部入户。", "村委会主任王平带领村组干部入户。"),  # after a title word
        ("县委书记:王  伟在会上强调。", "县委书记:王伟在会上强调。"),  # after a title and its colon
        ("副县长苏 敏、马少华出席。", "副县长苏敏、马少华出席。"),
        (
            "向　军　龙潭镇党委书记\n舒　红(女)　县人民医院护士",
            "向军　龙潭镇党委书记\n舒红(女)　县人民医院护士",
        ),  # a list
        ("某某县县长 黄 斌 在长官镇调研。", "某某县县长 黄斌 在长官镇调研。"),  # a space after the title too
        ("副县长 韩 晓 峰 带队检查。", "副县长 韩晓峰 带队检查。"),  # spaced out character by character
        ("乡党委书记 李 明 等人值守。", "乡党委书记 李明 等人值守。"),  # 等 follows names, ends none
        (
            "县领导张三丰、李 娜,县直各单位负责人参加。",
            "县领导张三丰、李娜,县直各单位负责人参加。",
        ),  # a later item
        ("副镇长刘志强、王 平、陈 红参加。", "副镇长刘志强、王平、陈红参加。"),
        ("副县长王  平、李  强分析疫情形势。", "副县长王平、李强分析疫情形势。"),  # the last before a word
        ("县领导:王  明、李  强、张  华参加活动。", "县领导:王明、李强、张华参加活动。"),  # a labelled list
        ("副县长 徐  峰 陈  丽到卡点检查。", "副县长 徐峰 陈丽到卡点检查。"),  # uneven gaps: two names
        ("副县长 王  平 李  强到卡点检查。", "副县长 王平 李强到卡点检查。"),  # a list set apart by spaces
    ],
)
def test_a_padded_two_character_name_is_joined_where_a_name_is_expected(text: str, joined: str) -> None:
    assert _unpadded(text).text == joined


def test_the_joined_name_still_spans_its_padding_in_the_raw_page() -> None:
    unpadded = _unpadded("村委会主任王 平带领")
    assert unpadded.raw_span(5, 7) == (5, 8)  # 王平 is 王 平 in the page


@pytest.mark.parametrize("text", ["首 页 > 新闻", "他说 好的", "安排 部署", "走访农户、商 户,张贴通知。"])
def test_spaces_elsewhere_stay(text: str) -> None:
    assert _unpadded(text).text == text


# --- a sentence broken across two lines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "joined"),
    [
        (  # a name broken in two
            "会议听取了各组汇报,县委常委、常务副县长王立新,县卫健局局长李建\n华,县公安局副局长赵强分别发言。",
            "会议听取了各组汇报,县委常委、常务副县长王立新,县卫健局局长李建华,县公安局副局长赵强分别发言。",
        ),
        (  # a title at the end of one line, its name at the start of the next
            "县委召开会议,通报疫情相关情况,安排部署下一步工作。县委书记\n张明主持会议并讲话。",
            "县委召开会议,通报疫情相关情况,安排部署下一步工作。县委书记张明主持会议并讲话。",
        ),
        (  # a line that stops on a comma
            "县教育局召开专题会议,把校园疫情防控作为当前头等大事,\n全力守护全县师生的健康安全。",
            "县教育局召开专题会议,把校园疫情防控作为当前头等大事,全力守护全县师生的健康安全。",
        ),
    ],
)
def test_a_sentence_broken_across_two_lines_is_joined(page: str, joined: str) -> None:
    assert norm(page).text == joined


@pytest.mark.parametrize(
    "page",
    [
        "县领导带队督导返乡人员服务管理工作\n春节临近,返乡人员增多。",  # a headline: no clause comma
        "全县各级各部门认真贯彻落实上级部署,涌现出一批先进个人\n一、先进集体",  # a list's heading
        "镇党委书记走访了各村卡点,叮嘱值守人员做好登记\n时间:2021年2月1日,来源:县融媒体中心",  # a label
        "镇党委书记走访了各村卡点,叮嘱值守人员做好登记\n山里人家",  # a forum signature: no mark of its own
        "李红(女) 城关街道城南社区党委书记,居委会主任\n王平 九山镇南峪村党支部书记,村委会主任",  # a spaced list
        "同问,我家在北留镇,村口卡点说外地车要查验核酸证明。\n北留的卡点我昨天刚过,挺快的。",  # a full stop
    ],
)
def test_lines_that_end_their_own_sentence_stay_apart(page: str) -> None:
    assert norm(page).text == page


def test_a_joined_name_spans_the_line_break_in_the_raw_page() -> None:
    page = "会议听取了各组汇报,县委常委、常务副县长王立新,县卫健局局长李建\n华,县公安局副局长赵强分别发言。"
    text = norm(page)
    start = text.text.index("李建华")
    assert page[slice(*text.raw_span(start, start + 3))] == "李建\n华"


@pytest.mark.parametrize(
    "line",
    [
        "关闭所有棋牌室、麻将馆。",
        "返回武汉的人员一律居家隔离。",
        "微信群里每天发布防疫知识。",
        "打印店暂停营业。",
        "【关闭所有棋牌室】",
    ],
)
def test_a_sentence_that_opens_with_a_buttons_word_is_prose(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "关闭",
        "返回首页",
        "打印此页",
        "微信扫一扫",
        "打印 | 关闭",
        "上一篇:某县召开疫情防控会议",
        "【上一篇】某县关于加强返乡人员健康管理的通告",  # in its brackets
        "UID 30517  主题 86  帖子 1203  积分 2419  注册时间 2013-5-7  来自 黑龙江绥化",  # a forum member's box
        "【我要纠错】 【分享到:微信 微博 QQ空间】",  # a row of buttons in their brackets
        "【打印】【关闭】",
        "登录 | 注册",  # a login bar
    ],
)
def test_a_button_alone_or_set_off_before_its_target_is_furniture(line: str) -> None:
    assert is_boilerplate(line)


def test_a_related_header_over_a_paragraph_keeps_the_paragraph() -> None:
    """`【相关链接】` over a paragraph of prose titles the notice's own next section, not other articles' links."""
    body = "记者了解到,仙居县每个村的村口都有专兼职人员进行把守,部分重要路段还安排医生进行体温测量。"
    more = "在当天召开的新闻发布会上,县卫健局局长杨志强通报了全县疫情防控工作情况,并回答了记者提问。"
    assert more in norm(f"{body}\n【相关链接】\n{more}").text


@pytest.mark.parametrize("header", ["相关留言", "相关问政"])
def test_a_message_boards_other_threads_under_the_reply_are_dropped(header: str) -> None:
    reply = "您好!收到您的留言后,县防控办立即核实,目前卡点已增设通道,通行时间明显缩短。"
    page = f"{reply}\n{header}\n· 黔江区城西街道某小区何时解除管控?\n· 彭水县汉葭街道集中隔离点饭菜问题"
    assert norm(page).text == reply


@pytest.mark.parametrize("header", ["本版其它文章:", "本版其他新闻:"])
def test_an_e_papers_other_articles_on_the_page_are_dropped(header: str) -> None:
    """Their titles are other articles' news (`全市已有1.2万余名党员下沉一线`), no measure this article reports."""
    body = "县里组织商贸企业加大蔬菜调运,县城14个农贸市场正常营业,价格基本稳定。"
    page = f"{body}\n{header}\n· 某市召开疫情防控工作调度会\n· 全市已有1.2万余名党员下沉一线"
    assert norm(page).text == body


@pytest.mark.parametrize(
    "line",
    [
        "您所在的位置:首页 >> 新闻中心 >> 工作动态",  # a trail after another wording of its label
        "您当前所在位置:首页 > 疫情防控专栏 > 乡镇(街道)通知公告",
        "新闻中心 > 部门动态",  # two steps, the first a site's news section
        "新闻中心 >> 部门动态",
    ],
)
def test_a_trail_from_a_sites_news_section_is_dropped(line: str) -> None:
    body = "全县共设立卡点12个,对进出人员逐一登记测温。"
    assert norm(f"{line}\n{body}").text == body


def test_a_line_that_names_a_news_centre_in_prose_stays() -> None:
    line = "县融媒体新闻中心 > 记者深入一线采访,报道各地防控工作。"
    assert norm(f"{line}\n全县开展排查。").text.startswith(line)
