"""Names the page's lines and tables set out: list lines under a heading, donors' lines, signatures,
labels (`联系人:`), rosters and tables.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from epikg.lexicon import (
    alternation,
    data_longest_first,
    data_words,
    is_common_word,
    is_minority_name,
    list_line,
    looks_like_body,
    looks_like_name,
    scale_class,
)
from epikg.ner.persons.names import (
    RULE_SOURCE,
    a_listed_name,
    holds_a_title,
    name_from,
    plainly_ends,
    plausible_name,
    title_pattern,
    title_words,
)
from epikg.read.tables import rosters, table_rows
from epikg.records import EntityType, Mention


def _dotted_minority_name(name: str) -> bool:
    """`热依拉·吐尔洪`: two names of data/person_minority_names.txt' parts joined by a middle dot."""
    parts = name.split("·")
    return len(parts) == 2 and all(is_minority_name(p) for p in parts)


def list_lines(text: str) -> list[Mention]:
    """`上官晓峰 县人民医院呼吸内科主治医师`: a name opening a line of a list, its post after spaces, and a title
    word closing the line; the name plausible as one (a listed surname), even where it is an everyday word
    (`高山 县公安局冶源派出所民警`): the line's form shows it is a name."""
    found = []
    peoples = data_words("peoples.txt") - data_words("person_majority_people.txt")
    for match in list_line().finditer(text):
        name, post = match.group("name"), match.group("post")
        # `额尔敦毕力格(蒙古族,…)`: a people's note shows a name that takes no surname
        people = any(note in peoples for note in (match.group("notes") or "").split(","))
        plausible = people or (looks_like_name(name) and len(name) <= 4) or _dotted_minority_name(name)
        if plausible and (people or post.endswith(tuple(title_words()))):
            found.append(
                Mention(name, EntityType.PERSON, match.start("name"), match.end("name"), RULE_SOURCE)
            )
    return found


@lru_cache(maxsize=1)
def _donor_line() -> re.Pattern[str]:
    """A line of a list of donors: maybe its number, a name, maybe a note in brackets (`(卢峰镇居民)`), spaces, and
    the gift closing the line, a number and a measure word of money or of things (data/quantity_units.txt,
    quantity_money_units.txt), maybe a note after it (`(折价4万元)`)."""
    units = alternation(
        sorted(
            {*data_words("quantity_units.txt"), *data_words("quantity_money_units.txt")},
            key=len,
            reverse=True,
        )
    )
    return re.compile(
        r"^(?:\d{1,3}[.、]\s*)?(?P<name>[\u4e00-\u9fff]{2,4})(?:\([^()\n]{1,20}\))?[ \u3000]+"
        rf"[^\n]{{0,20}}?\d[\d.,]*{scale_class()}?(?:{units})(?:\([^()\n]{{1,12}}\))?$",
        re.MULTILINE,
    )


def donor_lines(text: str) -> list[Mention]:
    """`7. 司马婧　2000元`, `3. 谌大勇(低庄镇种植大户)　新鲜蔬菜2.5吨`: a donor named on a line of a list of gifts, the name
    one as its surname shows (a body's name is longer, or no name's form)."""
    return [
        Mention(m.group("name"), EntityType.PERSON, m.start("name"), m.end("name"), RULE_SOURCE)
        for m in _donor_line().finditer(text)
        if looks_like_name(m.group("name")) and not is_common_word(m.group("name"))
    ]


# `...无体温异常人员。(纪云靓)`: a name alone in brackets closing a line signs the article (or its photo).
_SIGNATURE = re.compile(r"\((?P<name>[\u4e00-\u9fff]{2,4})\)\s*$", re.MULTILINE)


def signed(text: str) -> list[Mention]:
    """The author's name in brackets at the end of a line, with no title (that is `(记者 张明)`, a byline)."""
    found = []
    for match in _SIGNATURE.finditer(text):
        name = match.group("name")
        if plausible_name(name) and not is_common_word(name):
            found.append(
                Mention(name, EntityType.PERSON, match.start("name"), match.end("name"), RULE_SOURCE)
            )
    return found


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, data_longest_first("person_labels.txt")))
    return re.compile(rf"(?:{labels}):[ \u3000]*(?:(?P<unit>[\u4e00-\u9fff]{{2,12}})[ \u3000]+)?")


def labelled(text: str) -> list[Mention]:
    """`联系人:刘文静。`, `(答复人:县防控办 王芳)`, `联系人:黎华明  0434-4401056`: the name after a label of
    data/person_labels.txt and its colon, a body's name and a space maybe between, where the name's phrase plainly
    ends."""
    found = []
    for match in _label_pattern().finditer(text):
        start = match.end()
        if match.group("unit") and not looks_like_body(match.group("unit")):
            start = match.start("unit")  # `联系人:黎华明  0434-…`: the name itself before the space
        name = name_from(text, start)
        if name and plainly_ends(text, start + len(name)):
            found.append(Mention(name, EntityType.PERSON, start, start + len(name), RULE_SOURCE))
    return found


@cache
def _title_label() -> re.Pattern[str]:
    """A title labelling its line's names (`指挥长:`, `副指挥长:`, `成员:`), opening the line."""
    return re.compile(rf"^(?:{title_pattern().pattern}):", re.MULTILINE)


def after_title_labels(text: str) -> list[Mention]:
    """`指挥长:罗明华 县委书记`, `副组长:王强(县长)`: a line opened by a title and its colon names a person right
    after it, where the name's phrase plainly ends (a space, a bracket, a list mark)."""
    found = []
    for match in _title_label().finditer(text):
        start = match.end()
        name = name_from(text, start)
        if name and plainly_ends(text, start + len(name)) and not holds_a_title(name):
            found.append(Mention(name, EntityType.PERSON, start, start + len(name), RULE_SOURCE))
    return found


def in_tables(text: str) -> list[Mention]:
    """`序号 姓名 单位 职务` / `1 张明 城关镇人民政府 副镇长`: the names in a table of people's name column
    (epikg.read.tables)."""
    return [
        Mention(cell.text, EntityType.PERSON, cell.start, cell.end, RULE_SOURCE)
        for row in table_rows(text)
        if (cell := row.get("name")) and (looks_like_name(cell.text) or is_minority_name(cell.text))
    ]


def in_rosters(text: str) -> list[Mention]:
    """`网格员联系方式:` / `东兴家园:赫连晓东 150****6634`: the names of a roster's items (epikg.read.tables), each
    plausible as a name."""
    return [
        Mention(cell.text, EntityType.PERSON, cell.start, cell.end, RULE_SOURCE)
        for roster in rosters(text)
        for cell in roster.names
        if len(cell.text) <= 4 and looks_like_name(cell.text) and not holds_a_title(cell.text)  # not `李村长`
    ]


# `白班:韦敏　罗军　盘金凤`: a line's label, its colon, then two or more names set apart by spaces to the line's end
_NAME_LINE = re.compile(
    r"^[^\S\n]*[\u4e00-\u9fff]{1,8}:[ \u3000]*(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+)[ \u3000]*$",
    re.M,
)


def labelled_name_lines(text: str) -> list[Mention]:
    """`白班:韦敏　罗军　盘金凤`, `夜班:赵有才　黄勇　巴特尔`: a duty roster's or a team's line of names, each a listed
    name or a name with no surname (data/person_minority_names.txt); a line holding anything else is none."""
    found = []
    for line in _NAME_LINE.finditer(text):
        names = [(m.group(), m.start()) for m in re.finditer(r"[\u4e00-\u9fff]+", line.group("names"))]
        if all(a_listed_name(name) or is_minority_name(name) for name, _ in names):
            at = line.start("names")
            found += [
                Mention(name, EntityType.PERSON, at + i, at + i + len(name), RULE_SOURCE) for name, i in names
            ]
    return found
