"""Names that open or fill a clause with no title beside them: before a verb of report (`据冉光明介绍`)
or an act, in frames (`在阳利民陪同下`), in lists of names, described in brackets or between commas, and
before a post they hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    alternation,
    body_ending_pattern,
    data_groups,
    data_longest_first,
    data_rows,
    data_words,
    digits_class,
    is_common_word,
    is_minority_name,
    looks_like_name,
    surnames,
)
from epikg.ner.char_features import listed_as
from epikg.ner.persons.names import (
    FRAMED_NAME,
    OPENING_NAME,
    RULE_SOURCE,
    a_listed_name,
    act_pattern,
    adverb_before_verb,
    conjunction_surnames,
    function_surnames,
    name_from,
    names_ending_at,
    opens_clause,
    plainly_ends,
    plausible_name,
    post_titles,
    report_pattern,
    surname_odds,
    title_words,
)
from epikg.records import EntityType, Mention


def replying(text: str) -> list[Mention]:
    """`王东治:收到,我参与;毛妍:收到`: a chat group's replies transcribed, each opened by the name of the person
    who replied, its colon and a reply (data/person_chat_replies.txt)."""
    return _opening_names(text, _reply_pattern())


def after_descriptions(text: str) -> list[Mention]:
    """`家住中央公园的熊中文,`: the name right after a description of where a person lives or comes from
    (data/person_description_openers.txt, then 的), a plausible one whose phrase plainly ends."""
    found = []
    for match in _description().finditer(text):
        start = match.end()
        name = name_from(text, start)
        if (
            name
            and plausible_name(name)
            and plainly_ends(text, start + len(name))
            # a word of the lexicon opens no name here, but a double surname that the lexicon lists is one
            # (`67岁的上官文清是`)
            and (listed_as(name[:2]) != "W" or name[:2] in surnames()[1])
            and name[-1] not in data_words("person_locative_ends.txt")  # `居住在密林中的山洞里。`: a place
        ):
            found.append(Mention(name, EntityType.PERSON, start, start + len(name), RULE_SOURCE))
    return found


@cache
def _description() -> re.Pattern[str]:
    openers = alternation(data_longest_first("person_description_openers.txt"))
    links = "".join(sorted(data_words("post_as_links.txt")))  # 的, as after 作为 (`作为村支书的王芳`)
    # `58岁的李红`, `“00后”的朱家豪`: an age or a generation (data/person_age_marks.txt) describes the name too
    ages = rf"{digits_class()}+(?:{alternation(data_longest_first('person_age_marks.txt'))})”?"
    return re.compile(rf"(?:(?:{openers})[\u4e00-\u9fff0-9]{{1,16}}?|{ages})[{links}]")


@cache
def _reply_pattern() -> re.Pattern[str]:
    return re.compile(f":(?:{alternation(data_longest_first('person_chat_replies.txt'))})")


def before_reports(text: str) -> list[Mention]:
    """`“...”文静表示`, `郑雪梅介绍,`, `据冉光明介绍`: a name that opens its clause right before a verb of
    report (data/person_reports.tsv). The clause's opening decides the name's length: `郑雪梅介绍` is no
    `雪梅` after a character 郑."""
    return _opening_names(text, report_pattern(), after_bodies=True)


def _after_a_body_name(text: str, start: int) -> bool:
    """A body's ending of two characters or more (`执法局`, `疾控中心`, `派出所`) ends right before `start`."""
    return any(
        (found := body_ending_pattern().match(text, at)) is not None and found.end() == start
        for at in range(max(0, start - 6), start - 1)
    )


def before_acts(text: str) -> list[Mention]:
    """`黄立新带领党员值守`, `李安民进村入户`: a name that opens its clause right before a verb or adverb of the
    response (data/person_clause_verbs.txt), read as `before_reports` reads one before a verb of report; unlike
    a report's speaker, the subject of an act may be a place or a body (`何家湾召开`), so the name has source
    OPENING_NAME, and is no name where a place or a body is read there, or the lexicon lists it as a place. After
    the list comma a clause goes on (`扫码、测温、戴口罩要求`), and opens no subject; after a number, a count
    (`5家商超负责人`); and a verb that starts a title (负责人) is none."""
    return [
        replace(m, source=OPENING_NAME)
        for m in _opening_names(text, act_pattern())
        if listed_as(m.text) not in ("LOC", "W")  # `单产连续三年`: the lexicon's everyday word
        and not text[m.start - 1 : m.start].isdigit()  # `5家商超`: a count of things
        and text[m.start - 1 : m.start] != LIST_COMMA  # `银行、门店每天`: a list of things
        and not text.startswith(title_words(), m.end)  # `商超负责人`: a title, no verb
    ]


def _opening_names(text: str, verbs: re.Pattern[str], *, after_bodies: bool = False) -> list[Mention]:
    """Names of three or two characters, or four after a double surname (`欧阳建国说`), that open their clause
    right before a word `verbs` finds; with `after_bodies`, also right after a body's name (`县综合执法局颜鲲表示`:
    the body the speaker works for, an ending of two characters or more closing it)."""
    found = []
    for match in verbs.finditer(text):
        # `向文斌已连续值守`: an adverb that ends no name (data/person_clause_adverb_chars.txt) may stand between
        end = match.start() - 1 if adverb_before_verb(text, match.start() - 1) else match.start()
        for start, name in names_ending_at(text, end):
            # `政法委员李明说`: after a body's name, a character that hardly ever opens a name ends a word (委员)
            opens = opens_clause(text, start) or (
                after_bodies and _after_a_body_name(text, start) and surname_odds(name[0]) != "never"
            )
            first = None if opens else _joined_before(text, start)
            # `其木格说`: a name of a people that takes no surname (data/person_minority_names.txt) opens it too
            plausible = plausible_name(name, joins_nothing=True) or is_minority_name(name)
            if (not opens and first is None) or not plausible:
                continue
            if (
                len(name) >= 3
                and name[-1] in data_words("person_followers.txt")
                and name[-1] not in conjunction_surnames()
            ):
                continue  # `王明又说`, `上官婷就上门`: the adverb before the verb (but `李长和说`: no conjunction there)
            if name[0] in function_surnames("adverb", "conjunction") or (
                name[0] in function_surnames("preposition")
                and (
                    is_common_word(name[1:3])
                    or listed_as(name[1:3]) == "W"
                    or name[1:] in data_words("place_name_suffixes.txt")
                )
            ):
                # `同时表示`, `向群众表示`, `从生病一直到`, `从卡点值守到沿江巡逻`: a function word before a word or a
                # kind of place, not a surname
                continue
            found += [first] if first else []
            found.append(Mention(name, EntityType.PERSON, start, end, RULE_SOURCE))
            break
    return found


def _joined_before(text: str, start: int) -> Mention | None:
    """`于生和闫翔连续6天住在单位`: the name that opens the clause and is joined (和, 与, 及) to the one at `start`."""
    if text[start - 1 : start] not in conjunction_surnames():
        return None
    for begin, name in names_ending_at(text, start - 1):
        if (
            opens_clause(text, begin)
            and plausible_name(name)
            and not is_common_word(name)
            and listed_as(name) != "W"
        ):
            return Mention(name, EntityType.PERSON, begin, start - 1, RULE_SOURCE)
    return None


# `秦川(民勤县卫健局局长):` a press conference's speaker, `张爱民(县疾控中心主任)介绍`: a post in brackets
# (or several: `欧阳振华(县疾控中心副主任、县防指流调溯源专班副组长)`, as commendations list their people)
_DESCRIPTION = re.compile(r"\((?P<post>[\u4e00-\u9fff、]{2,32})\)")


def in_frames(text: str) -> list[Mention]:
    """`在阳利民陪同下`, `记者从谭晓东处了解到`, `和覃会平一起`: a plausible name (a listed surname first, no everyday
    word) written right between the two words of a frame (data/person_frames.tsv) is a person; not a body's name
    (`从卫健局处`) nor a place's."""
    found = []
    for before, after in data_rows("person_frames.tsv"):
        for match in re.finditer(re.escape(before), text):
            start = match.end()
            for length in (2, 3, 4):
                name = text[start : start + length]
                if not text.startswith(after, start + length) or not all(HAN.match(c) for c in name):
                    continue
                if (
                    a_listed_name(name)  # `向房东表示感谢`: a word of the lexicon, no name
                    # `连同米面油一起`: a word of the lexicon opens it (米面), goods, no name
                    and not (len(name) >= 3 and listed_as(name[:2]) == "W" and name[:2] not in surnames()[1])
                    # `从严查处`: the frame's last word goes on into a word (查处, 处理), no frame
                    and not is_common_word(name[-1] + after[0])
                    and not (len(after) == 1 and is_common_word(text[start + length : start + length + 2]))
                ):
                    found.append(Mention(name, EntityType.PERSON, start, start + length, FRAMED_NAME))
    return found


_LIST_RUN = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+){1,}")


def name_lists(text: str) -> list[Mention]:
    """`参加会议的有程学文、端木建设、郭敏。`, `关立群、单芳、上官一帆等同志参加`: three or more items set apart by the
    list comma (two where 等 and a word for people close them: `张三丰、李四光等同志`), each a plausible name (a
    listed surname first, no word of the lexicon, no place the gazetteer lists nor its short form, no body): all
    of them persons. The first item is the name that ends the words before the first comma, the last the name
    that starts the words after the last one, where a word that follows names (data/person_followers.txt) or
    punctuation comes next."""
    found = []
    for run in _LIST_RUN.finditer(text):
        parts = run.group().split(LIST_COMMA)
        middle = parts[1:-1]
        if not all(2 <= len(p) <= 4 and a_listed_name(p) for p in middle):
            continue
        head = parts[0]
        first = next(
            (
                head[-k:]
                for k in ((4, 3, 2) if head[-4:-2] in surnames()[1] else (3, 2))  # `诸葛晓明`
                # `作家肖乾`: the would-be name's first character closes a word begun before it, no surname
                if a_listed_name(head[-k:]) and not is_common_word(head[-k - 1 : len(head) - k + 1])
            ),
            None,
        )
        end = run.end() - len(parts[-1])  # where the last item starts
        last = next(
            (
                parts[-1][:k]
                for k in (3, 2, 4)
                if a_listed_name(parts[-1][:k])
                and listed_as(text[end + k - 1 : end + k + 1]) != "W"  # `吴丹朴实`: 朴实, so 吴丹
                and (
                    not HAN.match(text[end + k : end + k + 1] or ",")
                    or text[end + k] in data_words("person_followers.txt")
                )
            ),
            None,
        )
        if first is None or last is None or _closed_as_places(text, end + len(last)):
            continue
        if not middle and not closed_as_persons(text, end + len(last)):
            continue  # two items alone are names only where 等 and a word for people close them
        items = [first, *middle, last]
        if len({i[0] for i in items}) == 1 or len({i[-1] for i in items}) == 1:
            continue  # `花席、银边席、金丝席`, `边学、边工作、边练`: things of a kind, or one word's repeats
        at = run.start() + len(parts[0]) - len(first)
        for item in items:
            found.append(Mention(item, EntityType.PERSON, at, at + len(item), FRAMED_NAME))
            at += len(item) + 1
    return found


def closed_as_persons(text: str, at: int) -> bool:
    """`巴特尔、其其格等党员`, `张三、李四等同志`: 等 and a word for people (data/person_group_nouns.txt,
    person_list_closers.txt) close the list: a list of persons."""
    people = (*data_longest_first("person_group_nouns.txt"), *data_longest_first("person_list_closers.txt"))
    return _closed_by(text, at, people)


def _closed_as_places(text: str, at: int) -> bool:
    """`到牛田、松木塘、马迹塘等地检查`: the list ends in 等 and a kind of place (data/place_list_marks.tsv,
    place_list_heads.txt), a list of places, no names."""
    return _closed_by(text, at, data_longest_first("place_list_heads.txt"))


def _closed_by(text: str, at: int, kinds: tuple[str, ...]) -> bool:
    """Whether 等 (data/place_list_marks.tsv: etc) and one of `kinds` close a list at `at`."""
    etc = next((m for m in data_groups("place_list_marks.tsv")["etc"] if text.startswith(m, at)), None)
    return etc is not None and text.startswith(kinds, at + len(etc))


def described(text: str) -> list[Mention]:
    """`秦川(民勤县卫健局局长):目前...`: a name that opens its clause right before brackets that hold its post
    (ending in a post title), even where it is an everyday word: the brackets show it is a name; so is a name of
    the minority peoples' name parts, with no surname (`联系人:才让东智(乡长)`)."""
    return _named_before_posts(
        text, _DESCRIPTION, lambda name: looks_like_name(name) or is_minority_name(name)
    )


# `王芳,县疾控中心主任,介绍说`: a post set off by commas right after a name
_APPOSITION = re.compile(r",(?P<post>[\u4e00-\u9fff、]{2,20})[,。]")


def set_off_by_commas(text: str) -> list[Mention]:
    """`万里明,东门社区党委书记,连夜召开会议`: a name that opens its clause right before a post set off by commas
    (ending in a post title) is a person; unlike brackets, commas set off other phrases too, so the name must
    be a plausible one (a listed surname, no everyday word first)."""
    return _named_before_posts(
        text, _APPOSITION, lambda name: plausible_name(name) and not is_common_word(name)
    )


@cache
def _as_post() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(data_words("post_as_words.txt"), key=len, reverse=True)))
    links = "".join(sorted(data_words("post_as_links.txt")))
    return re.compile(rf"(?:{words})(?P<post>[\u4e00-\u9fff、]{{2,24}}?)[{links}]")


def after_as_posts(text: str) -> list[Mention]:
    """`作为派出所所长的宋佳`, `时任副县长的叶青`: the name right after a post between 作为 (data/post_as_words.txt)
    and 的 (data/post_as_links.txt), the post ending in a post title, read as after a title."""
    found = []
    for match in _as_post().finditer(text):
        if not match.group("post").endswith(post_titles()):
            continue
        name = name_from(text, match.end())
        if name is not None and plainly_ends(text, match.end() + len(name)):
            found.append(Mention(name, EntityType.PERSON, match.end(), match.end() + len(name), RULE_SOURCE))
    return found


@cache
def _profile_mark() -> re.Pattern[str]:
    marks = "|".join(map(re.escape, sorted(data_words("person_profile_marks.txt"), key=len, reverse=True)))
    return re.compile(rf",(?:{marks}),")


def profiled(text: str) -> list[Mention]:
    """`宋佳,女,汉族,1982年出生,`: a name that opens its clause right before a profile's first attribute (data/
    person_profile_marks.txt), a listed surname first, even where it is an everyday word: the profile shows it is
    a name."""
    found = []
    for match in _profile_mark().finditer(text):
        for start, name in names_ending_at(text, match.start()):
            if (
                opens_clause(text, start)
                and looks_like_name(name)
                and plausible_name(name, checked_by_model=True)
            ):
                found.append(Mention(name, EntityType.PERSON, start, match.start(), RULE_SOURCE))
                break
    return found


@cache
def _holding() -> re.Pattern[str]:
    verbs = sorted(data_words("post_predicates.txt") | data_words("post_copulas.txt"), key=len, reverse=True)
    units = "|".join(map(re.escape, sorted(data_words("post_unit_prepositions.txt"))))
    # `宋佳在红星村担任辅警`: the unit the post is held in may stand between the name and the verb
    return re.compile(
        rf"(?:(?:{units})[\u4e00-\u9fff]{{2,16}}?)?(?:{'|'.join(map(re.escape, verbs))})"
        rf"(?P<post>[\u4e00-\u9fff、]{{2,24}})(?=[,。;!?]|$)"
    )


def holding_posts(text: str) -> list[Mention]:
    """`罗强系河口镇武装部部长,`, `王芳现任红星村党支部书记。`: a name that opens its clause right before a verb of
    office or a copula (data/post_predicates.txt, post_copulas.txt) and a post phrase that closes the clause
    (ending in a post title); a plausible name, as after commas, that ends in no character that follows names
    (`杨洁已担任`: 已 is the adverb)."""

    def fits(name: str) -> bool:
        return (
            plausible_name(name)
            and not is_common_word(name)
            and not (len(name) == 3 and name[-1] in data_words("person_followers.txt"))
        )

    return _named_before_posts(text, _holding(), fits)


def _named_before_posts(text: str, posts: re.Pattern[str], fits: Callable[[str], bool]) -> list[Mention]:
    """Names of three or two characters that open their clause right before a post `posts` finds (its group
    `post` ending in a post title), as `fits` judges them."""
    found = []
    for match in posts.finditer(text):
        if not match.group("post").endswith(post_titles()):
            continue
        if match.group("post").startswith(tuple(data_words("post_by_words.txt"))):
            continue  # `经研究,由李明华任组长,`: by whom the post is held, a clause of its own; no post set off
        for start, name in names_ending_at(text, match.start()):
            if opens_clause(text, start) and fits(name):
                found.append(Mention(name, EntityType.PERSON, start, match.start(), RULE_SOURCE))
                break
    return found
