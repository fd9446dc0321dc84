"""Titles and posts in forms of news prose found by running the pipeline over a news corpus's sentences where a
title stands before a name (MSRA): a bare title listed after a post in a named unit is held in that unit
(`公司董事长、总经理`, `局长、党组书记`); a province-level city (上海市) is its bodies' 市 and no 省; a bare level body
takes the page's place only where that place ends in the same level character (副镇长 on a 乡's page); a named unit's
party group keeps its own name (全国妇联党组, not a township's); a modal or an adverb right after a title opens no
name (书记应积极, 县长都要); a word the lexicon lists before a title (车间主任) is a name only where the model reads
one; a Youth League branch's secretary (团支部书记) holds no party branch's post; a ministry's
department head (司长) and a spokesperson (新闻发言人) hold posts, but 公司 opens no 司长; a dateline (本报讯,
2月3日电) is no part of the post after it; a caption's second title reaches back no further than the titled name
before it (县委书记张明县长李华). Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import persons_read, posts_read

# --- a bare title listed after a post in a named unit ---------------------------------------------------------


def test_a_bare_title_after_a_company_post_is_the_company_s():
    found = posts_read("石桥集团公司董事长、总经理江明华到隔离点慰问。", "江明华")
    assert ("江明华", "总经理", "石桥集团公司") in found


def test_a_bare_party_title_after_a_bureau_post_is_the_bureau_s_party_group():
    found = posts_read("县卫健局局长、党组书记王明到发热门诊检查。", "王明")
    assert ("王明", "党组书记", "县卫健局党组") in found


def test_a_bare_party_title_after_a_hospital_post_is_the_hospital_s_committee():
    found = posts_read("县人民医院院长、党委书记刘红到发热门诊检查。", "刘红")
    assert ("刘红", "党委书记", "县人民医院党委") in found


def test_a_township_head_s_party_title_is_the_township_s_committee():
    found = posts_read("石桥镇镇长、党委书记王明介绍防控情况。", "王明")
    assert ("王明", "党委书记", "石桥镇党委") in found


def test_a_party_committee_lends_its_name_to_no_bare_title():
    found = posts_read("县委书记、主任王明到卡口检查。", "王明")
    assert not any(body and body.startswith("县委") and title == "主任" for _, title, body in found)


# --- a province-level city is its bodies' 市, and no 省 -------------------------------------------------------


def test_a_city_committee_on_a_municipality_s_page_is_the_municipality_s():
    found = posts_read("上海市浦东新区开展核酸检测。市委书记李华到现场检查。", "李华")
    assert ("李华", "市委书记", "上海市委") in found


def test_a_provincial_committee_on_a_municipality_s_page_is_not_the_municipality_s():
    found = posts_read("北京市朝阳区开展核酸检测。省委书记王明到朝阳区检查。", "王明")
    assert found and not any(body and body.startswith("北京") for _, _, body in found)


def test_a_provincial_body_on_a_province_s_page_is_still_the_province_s():
    found = posts_read("湖南省石门县开展核酸检测。省卫健委主任王明到现场检查。", "王明")
    assert ("王明", "省卫健委主任", "湖南省卫健委") in found


# --- a bare level body takes the page's place only where the place's own level character is the body's ---------


def test_a_town_s_deputy_head_on_a_township_s_page_is_no_body_of_that_township():
    found = posts_read("石桥乡开展核酸检测。副镇长王明到现场检查。", "王明")
    assert found and not any(body and body.startswith("石桥乡镇") for _, _, body in found)


def test_a_county_committee_on_a_district_s_page_is_not_the_district_s():
    found = posts_read("北京市房山区开展核酸检测。县委书记王明到现场检查。", "王明")
    assert found and not any(body and "区县" in body for _, _, body in found)


def test_a_township_head_on_his_township_s_page_is_still_its():
    found = posts_read("石桥乡开展核酸检测。乡长李华到现场检查。", "李华")
    assert ("李华", "乡长", "石桥乡政府") in found


# --- a named unit's party group keeps its own name ---------------------------------------------------------------


def test_a_national_body_s_party_group_takes_no_township_s_name():
    found = posts_read("石桥乡开展核酸检测。全国妇联党组书记王明到现场检查。", "王明")
    assert found and not any(body and body.startswith("石桥乡") for _, _, body in found)


def test_a_bare_party_committee_is_still_the_article_s_township_s():
    found = posts_read("石桥乡开展核酸检测。党委书记王明到现场检查。", "王明")
    assert ("王明", "党委书记", "石桥乡党委") in found


# --- a modal or an adverb right after a title opens no name ------------------------------------------------------


def test_a_modal_after_a_title_opens_no_name():
    assert not posts_read("各村党支部书记应积极配合排查工作。")


def test_an_adverb_before_an_auxiliary_after_a_title_opens_no_name():
    assert not posts_read("石门县开展核酸检测。每位县长都要到卡口值守。")


# --- a unit the lexicon lists, before a title, is a name only where the model reads one ----------------------------


def test_a_workshop_before_its_head_s_title_is_no_name():
    assert "车间" not in persons_read("车间主任带领工人复工复产。")


def test_a_listed_word_before_a_title_is_a_name_where_the_model_reads_one():
    assert "方圆" in persons_read("方圆局长说,全县已完成检测。", ("PER", "方圆"))


# --- a Youth League branch's secretary is no party branch's --------------------------------------------------------


def test_a_youth_league_branch_secretary_holds_no_party_branch_post():
    found = posts_read("石桥村团支部书记王明带领青年志愿者值守。", "王明")
    assert ("王明", "团支部书记", "石桥村团支部") in found
    assert not any(body and "党支部" in body for _, _, body in found)


# --- a ministry's department heads and spokespersons ---------------------------------------------------------------


def test_a_national_commission_s_department_head_and_spokesperson_are_posts():
    found = titles_of("国家卫健委新闻发言人、宣传司副司长米锋介绍。", "米锋")
    assert {"宣传司副司长", "国家卫健委新闻发言人"} <= found


def test_a_headquarters_spokesperson_is_a_post():
    found = titles_of("县疫情防控指挥部新闻发言人李华通报了最新情况。", "李华")
    assert "县疫情防控指挥部新闻发言人" in found


def test_a_company_s_word_does_not_open_a_department_head_s_title():
    assert "长乐坡" not in persons_read("市物资回收公司长乐坡分公司已复工。")


def titles_of(text: str, name: str) -> set[str]:
    return {title for person, title, _ in posts_read(text, name) if person == name}


# --- a dateline ends before the post --------------------------------------------------------------------------------


def test_a_dateline_is_no_part_of_a_reporter_s_title_or_body():
    found = posts_read("2月3日电本报记者王明报道:石桥镇全面开展核酸检测。", "王明")
    assert found and all(not title.startswith("日电") and body is None for _, title, body in found)


def test_a_dateline_is_no_part_of_a_spokesperson_s_title():
    found = titles_of("本报石桥3月5日讯县卫健委新闻发言人李华介绍。", "李华")
    assert found == {"县卫健委新闻发言人"}


# --- a post phrase reaches back no further than a titled name before it ----------------------------------------------


def test_a_caption_s_second_title_takes_no_body_over_the_first_name():
    found = posts_read("县委书记张明县长李华到卡口检查。", "张明", "李华")
    assert ("李华", "县长", "县政府") in found
    assert not any("张明" in (body or "") for _, _, body in found)


def test_once_after_a_title_opens_no_name_before_an_everyday_verb():
    assert not posts_read("县委常委曾召开专题会议,研究防控工作。")


# --- posts given in the passive, or in brackets before the name; no post where a clause says by whom ------------


def test_a_post_appointed_in_the_passive_is_the_names():
    found = posts_read("会上,王立新同志被任命为县疫情防控指挥部副指挥长。", "王立新")
    assert ("王立新", "县疫情防控指挥部副指挥长", "县疫情防控指挥部") in found


def test_a_post_in_brackets_between_a_title_and_the_name_is_the_names_too():
    found = posts_read("县委书记(县疫情防控指挥部指挥长)周建平主持召开会议。", "周建平")
    assert {("周建平", "县委书记", "县委"), ("周建平", "县疫情防控指挥部指挥长", "县疫情防控指挥部")} <= found


def test_a_clause_saying_by_whom_a_post_is_held_sets_off_no_post_of_the_word_before():
    text = "经研究,由李明华任组长,张国强任副组长。"
    assert "经研究" not in persons_read(text, ("李明华", "PER"))


def test_after_a_group_noun_a_preposition_that_is_a_surname_opens_a_name_of_two_unlisted_characters():
    # 向 is a common surname in Hunan and Hubei; after a group noun it is read as the preposition only where its
    # object is a word or a place (`村民向社区反映`, `农民向蛟河市政府`)
    assert persons_read("南溪镇青树村村民向光荣捐赠蔬菜3000斤。") == ["向光荣"]
    for text in ("村民向社区反映问题。", "农民向蛟河市政府反映情况。", "志愿者向居民发放口罩。"):
        assert persons_read(text) == []
