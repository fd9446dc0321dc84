"""Posts set apart from their holder's name (red-team forms of issue 13, item 5): a bracketed note on how the
post is held, a rank, quotes, a line of posts above the name; and a unit's posts carried along a list of
names. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import posts_read

from epikg.lexicon import before_post_notes, past_post_notes
from epikg.ner import rule_mentions


def posts(text: str) -> set[tuple[str, str, str | None]]:
    return posts_read(text)  # the rules alone


def titles_of(text: str, name: str) -> set[str]:
    return {title for person, title, _ in posts(text) if person == name}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("县委常委、副县长(挂职)孔德明到卡点慰问。", "孔德明", {"县委常委", "副县长"}),
        ("县司法局副局长(主持工作)贝东海带领志愿者宣传。", "贝东海", {"县司法局副局长"}),
        ("县公安局副局长(正科级)钟卫国带队巡查。", "钟卫国", {"县公安局副局长"}),
        # a second post in the note is hers too
        ("社区居委会主任(兼社区党委副书记)邱红梅入户排查。", "邱红梅", {"居委会主任", "党委副书记"}),
        (
            "县卫健局副局长、县疾控中心主任(兼)刘平说,要加强监测。",
            "刘平",
            {"县卫健局副局长", "县疾控中心主任"},
        ),
        ("县委副书记(挂职)、副县长苏东坡参加会议。", "苏东坡", {"县委副书记", "副县长"}),
    ],
)
def test_a_bracketed_note_on_how_the_post_is_held_stands_between_post_and_name(
    text: str, name: str, titles: set[str]
) -> None:
    assert titles_of(text, name) == titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("镇卫生院院长(左一)查红霞向记者介绍情况。", "查红霞", "镇卫生院院长"),
        ("县委书记(右二)李明华在卡点检查。", "李明华", "县委书记"),
        ("图为村党支部书记(中间)王强在发放物资。", "王强", "村党支部书记"),
    ],
)
def test_where_a_photo_shows_the_holder_stands_between_post_and_name(
    text: str, name: str, title: str
) -> None:
    assert titles_of(text, name) == {title}


def test_a_rank_stands_between_post_and_name() -> None:
    assert titles_of("县委常委、县人武部政委上校陶洪波带领民兵巡逻。", "陶洪波") == {
        "县委常委",
        "县人武部政委",
    }


def test_a_post_in_quotes_is_the_names() -> None:
    assert "第一书记" in titles_of("大坪村“第一书记”饶斌说,我们每天巡查。", "饶斌")


def test_a_line_of_posts_alone_is_the_name_on_the_next_line() -> None:
    text = "县委常委、常务副县长\n姚立平\n到城南卡点检查。"
    assert titles_of(text, "姚立平") == {"县委常委", "常务副县长"}


def test_a_tables_row_keeps_its_post_after_the_name_not_the_one_above() -> None:
    text = "表彰名单\n舒红(女) 县人民医院感染科主任\n张秋菊(女) 镇卫生院护士\n"
    assert titles_of(text, "张秋菊") == {"镇卫生院护士"}


def test_what_is_no_note_ends_the_post() -> None:
    """A bracket of another kind (a person's sex, a nickname) is not walked over; nor is a line break after a
    post where the name goes on the same line."""
    text = "县长(女)王芳"
    assert past_post_notes(text, 2) == 2
    assert before_post_notes(text, 5) == 5
    assert past_post_notes("副县长\n王芳", 3) == 3


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("县人武部部长王维、政委李白到卡点检查。", "李白", "县人武部"),
        ("县中医院党委书记、院长方建平,副院长郭晓梅参加会议。", "郭晓梅", "县中医院"),
        ("县卫健局党组书记、局长李强,党组成员、副局长王敏参加。", "王敏", "县卫健局"),
        ("县人民医院护士长刘芳、护士陈丽娟主动请战。", "陈丽娟", "县人民医院"),
    ],
)
def test_a_units_deputy_partner_or_party_member_after_its_head_is_in_that_unit(
    text: str, name: str, body: str
) -> None:
    assert {org for person, _, org in posts(text) if person == name} == {body}


def test_a_post_of_another_body_after_a_head_keeps_its_own() -> None:
    found = posts("县人民医院院长张三、副局长李四参加会议。")
    assert {org for person, _, org in found if person == "李四"} == {None}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("县人民医院驾驶员李强说,大家要做好防护。", "李强", "驾驶员"),
        ("邮政投递员李明每天送件上门。", "李明", "投递员"),
        ("厂区安全员刘建国每天测温。", "刘建国", "安全员"),
        ("村宣传员张伟每天用大喇叭喊话。", "张伟", "宣传员"),
        ("县人民医院药剂师郑秀英清点药品。", "郑秀英", "药剂师"),
        ("县人民法院法官陈晓燕下沉社区。", "陈晓燕", "法官"),
        ("县检察院检察官张伟参与值守。", "张伟", "检察官"),
        ("村出纳赵敏登记捐款。", "赵敏", "出纳"),
        ("县党代表郑秀英捐款一万元。", "郑秀英", "党代表"),
    ],
)
def test_the_jobs_of_a_unit_are_posts(text: str, name: str, title: str) -> None:
    assert any(title in t for t in titles_of(text, name))


def test_a_table_of_people_gives_each_name_the_post_in_its_row() -> None:
    text = (
        "序号 姓名 单位 职务\n1 张明 城关镇人民政府 副镇长\n2 李娟 县人民医院 护士长\n3 王磊 县公安局 民警\n"
    )
    names = {m.text for m in rule_mentions(text) if m.type.value == "person"}
    assert {"张明", "李娟", "王磊"} <= names
    assert titles_of(text, "王磊") == {"县公安局民警"}
    assert ("李娟", "县人民医院护士长", "县人民医院") in posts(text)


def test_a_row_cut_otherwise_than_its_header_is_no_row() -> None:
    from epikg.read.tables import table_rows

    text = "姓名 职务\n张明 副镇长\n李娟 县人民医院 护士长\n王磊 民警\n"
    assert [row["name"].text for row in table_rows(text)] == ["张明"]


def test_a_cards_post_field_on_the_line_after_the_name_is_the_names() -> None:
    assert titles_of("【人物名片】\n姓名:钟国华\n职务:县人民医院急诊科主任\n", "钟国华") == {
        "县人民医院急诊科主任"
    }


def test_a_padded_label_and_a_labelled_list_with_posts_in_brackets_give_each_name_the_label() -> None:
    from epikg.read.normalize import AlignedText, unpad_names

    page = "组  长:张明(县委书记)\n副组长:李华(县长)、王强(常务副县长)\n成  员:赵敏、钱伟\n"
    text = unpad_names(AlignedText.identity(page)).text
    assert text.startswith("组长:张明") and "\n成员:赵敏" in text
    found = posts(text)
    assert {"组长", "县委书记"} <= {t for n, t, _ in found if n == "张明"}
    assert {"副组长", "常务副县长"} <= {t for n, t, _ in found if n == "王强"}
    assert {t for n, t, _ in found if n == "钱伟"} == {"成员"}


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_label_spaced_out_and_its_names_on_the_lines_under_it_give_each_name_the_label(indent: str) -> None:
    """A headquarters' make-up: `指 挥 长:罗明华 县委书记` / `岑德胜 县委副书记、县长`: the label's title is the name's
    after it and each name's opening a line under it, up to the next label; the label's line may be indented."""
    from epikg.read.normalize import AlignedText, unpad_names

    page = f"{indent}指 挥 长:罗明华 县委书记\n岑德胜 县委副书记、县长\n{indent}副指挥长:陆国林 县委常委\n韦光荣 副县长\n"
    text = unpad_names(AlignedText.identity(page)).text
    assert text.startswith(f"{indent}指挥长:罗明华")
    text = "\n".join(line.lstrip("\u3000") for line in text.splitlines())  # as the reader drops indents after
    found = {(n, t) for n, t, _ in posts(text)}
    assert {
        ("罗明华", "指挥长"),
        ("岑德胜", "指挥长"),
        ("陆国林", "副指挥长"),
        ("韦光荣", "副指挥长"),
    } <= found
    assert ("韦光荣", "指挥长") not in found


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("担任村党支部书记20年的孙德旺,这次又冲在了最前面。", "孙德旺", "村党支部书记"),
        ("担任网格员三个多月的李丽说,大家很配合。", "李丽", "网格员"),
        ("城关镇党委书记,也是镇疫情防控指挥部指挥长的郑伟,每天只睡四个小时。", "郑伟", "指挥长"),
    ],
)
def test_a_post_in_a_clause_before_de_and_the_name_is_the_names(text: str, name: str, title: str) -> None:
    """How long it has been held may stand between the post and 的; 也是 gives a second post."""
    assert any(title in t for n, t, _ in posts_read(text, name) if n == name)


def test_the_office_after_a_headquarters_post_is_the_headquarters_office() -> None:
    found = posts("县疫情防控指挥部副指挥长兼办公室主任周敏主持会议。")
    assert ("周敏", "办公室主任", "县疫情防控指挥部办公室") in found


def test_a_general_branch_written_in_full_keeps_its_name() -> None:
    assert ("刘国华", "党总支部书记", "金星村党总支部") in posts("金星村党总支部书记刘国华带领党员巡逻。")


def test_a_table_cut_by_bars_is_kept_and_read_but_a_menu_of_bars_is_dropped(tmp_path) -> None:  # noqa: ANN001
    """`张明 | 副镇长 | 伍市卡点` below a header naming its columns is a table's row, not a site's menu."""
    from epikg.pipeline import read_article

    page = tmp_path / "a.txt"
    page.write_text(
        "平江新闻网 首页 | 时政 | 县域 | 乡镇\n2020年2月5日\n卡点值守人员名单如下:\n"
        "姓名 | 职务 | 卡点\n张明 | 副镇长 | 伍市卡点\n李华 | 镇长 | 南江卡点\n以上人员24小时值守。\n",
        encoding="utf-8",
    )
    body = read_article(page).body.text
    assert "张明 | 副镇长 | 伍市卡点" in body and "李华 | 镇长 | 南江卡点" in body
    assert "时政" not in body
    assert titles_of(body, "张明") == {"副镇长"}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # the name alone in brackets after its title, in a meeting's list of reports
        ("会上,县公安局局长(于洪涛)、县疾控中心主任(蔺晓峰)分别汇报。", "于洪涛", {"县公安局局长"}),
        ("会上,县公安局局长(于洪涛)、县疾控中心主任(蔺晓峰)分别汇报。", "蔺晓峰", {"县疾控中心主任"}),
        # a second post joined by 兼 after a title that follows the name, in brackets or not
        ("陈宏伟副县长兼县公安局局长,陪同检查。", "陈宏伟", {"副县长", "县公安局局长"}),
        ("何晓军书记(兼镇疫情防控指挥部指挥长)介绍情况。", "何晓军", {"书记", "镇疫情防控指挥部指挥长"}),
        # 兼 after a comma goes on with the posts before it
        (
            "县委常委、常务副县长,兼县疫情防控指挥部常务副指挥长何立新主持会议。",
            "何立新",
            {"县委常委", "常务副县长", "县疫情防控指挥部常务副指挥长"},
        ),
    ],
)
def test_posts_joined_by_jian_or_a_name_in_brackets_after_its_title(
    text: str, name: str, titles: set[str]
) -> None:
    assert titles_of_read(text, name) == titles


def test_a_post_after_a_name_and_a_comma_is_not_joined_to_the_posts_of_the_name_before() -> None:
    text = "副县长王建华,兼县公安局局长李强参加。"
    assert titles_of_read(text, "王建华") == {"副县长"}
    assert titles_of_read(text, "李强") == {"县公安局局长"}


def titles_of_read(text: str, name: str) -> set[str]:
    return {title for person, title, _ in posts_read(text, name) if person == name}
