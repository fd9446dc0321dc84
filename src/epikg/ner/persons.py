"""Person names the genre makes certain: a name beside a title (`县委书记黄荣定`, `习近平总书记`), and
the names of a list that follows a title (`县领导张明、李强、王芳`).

The vocabularies are data (epikg/data/person_*.txt, titles.tsv); this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    alternation,
    body_ending_pattern,
    data_groups,
    data_longest_first,
    data_rows,
    data_table,
    data_words,
    digits_class,
    ends_cleanly,
    in_a_body_ending,
    is_common_word,
    is_minority_name,
    is_surname_and_title,
    list_line,
    looks_like_body,
    looks_like_name,
    minority_name_at,
    past_post_notes,
    past_spaces,
    photo_position,
    phrase_ends_at,
    posts_alone_on_line,
    scale_class,
    surnames,
    titles,
    two_character_words,
    world_place_names,
)
from epikg.ner.char_features import listed_as
from epikg.read.tables import rosters, table_rows
from epikg.records import EntityType, Mention
from epikg.spans import occurrences

_SOURCE = "rule:title"
MODEL_CHECKED_NAME = (
    "rule:title+model"  # a name after a title the rules alone cannot tell, kept where the model reads one
)
# A bare name opening its clause before a verb of the response (`黄立新带领`): dropped where a rule or the model
# reads a place or a body there (`何家湾召开`, `黄冈一行`); ner/__init__.py.
OPENING_NAME = "rule:opening"
FRAMED_NAME = "rule:frame"  # a name between the two words of a frame (`在阳利民陪同下`)


@cache
def function_surnames(*uses: str) -> frozenset[str]:
    """Surnames that in running text are function words, of the given uses (conjunction, adverb, preposition)."""
    return frozenset(s for s, use in data_table("person_function_surnames.tsv").items() if use in uses)


def conjunction_surnames() -> frozenset[str]:
    """和 与 及: in a model's reading never a name's first character (`和综治`)."""
    return function_surnames("conjunction")


def _surname_odds(char: str) -> str | None:
    """How seldom a surname that is also a word opens a name in news prose (never, rarely, verb:
    data/person_function_surname_odds.tsv); None for the others."""
    return data_table("person_function_surname_odds.tsv").get(char)


@cache
def _titles_longest_first() -> tuple[str, ...]:
    return tuple(sorted(titles(), key=len, reverse=True))


@cache
def title_words() -> tuple[str, ...]:
    """Title words of two or more characters, which no name contains."""
    return tuple(t for t in _titles_longest_first() if len(t) >= 2)


@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _titles_longest_first())))


@cache
def _title_word_pattern() -> re.Pattern[str]:
    """The title words (title_words), longest first: one search, not a test per title."""
    return re.compile("|".join(map(re.escape, title_words())) or "(?!)")


def holds_a_title(text: str) -> bool:
    """Whether a title word (title_words) stands anywhere in the text."""
    return _title_word_pattern().search(text) is not None


def longest_title_at(text: str, at: int) -> str | None:
    """The longest title word (title_words) that starts at `at`, or None."""
    found = _title_word_pattern().match(text, at)
    return found.group() if found else None


def person_mentions(text: str) -> list[Mention]:
    """Names after a title, the names listed after them, and names right before a post title or an address."""
    found = _after_titles(text)
    readers = (
        _before_titles,
        _signed,
        _before_reports,
        _list_lines,
        _donor_lines,
        _described,
        _set_off_by_commas,
        _holding_posts,
        _profiled,
        _after_as_posts,
        _before_acts,
        _placed_in_photos,
        _labelled,
        _replying,
        _after_descriptions,
        _in_frames,
        _name_lists,
        _labelled_name_lines,
        _in_tables,
        _in_rosters,
        _after_title_labels,
    )
    for reader in readers:  # each adds the spans not yet read
        taken = {(m.start, m.end) for m in found}
        found += [m for m in reader(text) if (m.start, m.end) not in taken]
    return found


def _dotted_minority_name(name: str) -> bool:
    """`热依拉·吐尔洪`: two names of data/person_minority_names.txt' parts joined by a middle dot."""
    parts = name.split("·")
    return len(parts) == 2 and all(is_minority_name(p) for p in parts)


def _list_lines(text: str) -> list[Mention]:
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
            found.append(Mention(name, EntityType.PERSON, match.start("name"), match.end("name"), _SOURCE))
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


def _donor_lines(text: str) -> list[Mention]:
    """`7. 司马婧　2000元`, `3. 谌大勇(低庄镇种植大户)　新鲜蔬菜2.5吨`: a donor named on a line of a list of gifts, the name
    one as its surname shows (a body's name is longer, or no name's form)."""
    return [
        Mention(m.group("name"), EntityType.PERSON, m.start("name"), m.end("name"), _SOURCE)
        for m in _donor_line().finditer(text)
        if looks_like_name(m.group("name")) and not is_common_word(m.group("name"))
    ]


# `...无体温异常人员。(纪云靓)`: a name alone in brackets closing a line signs the article (or its photo).
_SIGNATURE = re.compile(r"\((?P<name>[\u4e00-\u9fff]{2,4})\)\s*$", re.MULTILINE)


def _signed(text: str) -> list[Mention]:
    """The author's name in brackets at the end of a line, with no title (that is `(记者 张明)`, a byline)."""
    found = []
    for match in _SIGNATURE.finditer(text):
        name = match.group("name")
        if _plausible(name) and not is_common_word(name):
            found.append(Mention(name, EntityType.PERSON, match.start("name"), match.end("name"), _SOURCE))
    return found


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, data_longest_first("person_labels.txt")))
    return re.compile(rf"(?:{labels}):[ \u3000]*(?:(?P<unit>[\u4e00-\u9fff]{{2,12}})[ \u3000]+)?")


def _labelled(text: str) -> list[Mention]:
    """`联系人:刘文静。`, `(答复人:县防控办 王芳)`, `联系人:黎华明  0434-4401056`: the name after a label of
    data/person_labels.txt and its colon, a body's name and a space maybe between, where the name's phrase plainly
    ends."""
    found = []
    for match in _label_pattern().finditer(text):
        start = match.end()
        if match.group("unit") and not looks_like_body(match.group("unit")):
            start = match.start("unit")  # `联系人:黎华明  0434-…`: the name itself before the space
        name = _name_at(text, start)
        if name and _plainly_ends(text, start + len(name)):
            found.append(Mention(name, EntityType.PERSON, start, start + len(name), _SOURCE))
    return found


@cache
def _title_label() -> re.Pattern[str]:
    """A title labelling its line's names (`指挥长:`, `副指挥长:`, `成员:`), opening the line."""
    return re.compile(rf"^(?:{_title_pattern().pattern}):", re.MULTILINE)


def _after_title_labels(text: str) -> list[Mention]:
    """`指挥长:罗明华 县委书记`, `副组长:王强(县长)`: a line opened by a title and its colon names a person right
    after it, where the name's phrase plainly ends (a space, a bracket, a list mark)."""
    found = []
    for match in _title_label().finditer(text):
        start = match.end()
        name = _name_at(text, start)
        if name and _plainly_ends(text, start + len(name)) and not holds_a_title(name):
            found.append(Mention(name, EntityType.PERSON, start, start + len(name), _SOURCE))
    return found


def _in_tables(text: str) -> list[Mention]:
    """`序号 姓名 单位 职务` / `1 张明 城关镇人民政府 副镇长`: the names in a table of people's name column
    (epikg.read.tables)."""
    return [
        Mention(cell.text, EntityType.PERSON, cell.start, cell.end, _SOURCE)
        for row in table_rows(text)
        if (cell := row.get("name")) and (looks_like_name(cell.text) or is_minority_name(cell.text))
    ]


def _in_rosters(text: str) -> list[Mention]:
    """`网格员联系方式:` / `东兴家园:赫连晓东 150****6634`: the names of a roster's items (epikg.read.tables), each
    plausible as a name."""
    return [
        Mention(cell.text, EntityType.PERSON, cell.start, cell.end, _SOURCE)
        for roster in rosters(text)
        for cell in roster.names
        if len(cell.text) <= 4 and looks_like_name(cell.text) and not holds_a_title(cell.text)  # not `李村长`
    ]


def _replying(text: str) -> list[Mention]:
    """`王东治:收到,我参与;毛妍:收到`: a chat group's replies transcribed, each opened by the name of the person
    who replied, its colon and a reply (data/person_chat_replies.txt)."""
    return _opening_names(text, _reply_pattern())


def _after_descriptions(text: str) -> list[Mention]:
    """`家住中央公园的熊中文,`: the name right after a description of where a person lives or comes from
    (data/person_description_openers.txt, then 的), a plausible one whose phrase plainly ends."""
    found = []
    for match in _description().finditer(text):
        start = match.end()
        name = _name_at(text, start)
        if (
            name
            and _plausible(name)
            and _plainly_ends(text, start + len(name))
            # a word of the lexicon opens no name here, but a double surname that the lexicon lists is one
            # (`67岁的上官文清是`)
            and (listed_as(name[:2]) != "W" or name[:2] in surnames()[1])
            and name[-1] not in data_words("person_locative_ends.txt")  # `居住在密林中的山洞里。`: a place
        ):
            found.append(Mention(name, EntityType.PERSON, start, start + len(name), _SOURCE))
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


# --- a name after a title ----------------------------------------------------------------


def _list_opener_at(text: str, start: int) -> int:
    """The length of a word that opens a list of names right after a title (`县领导有刘建华、欧阳丽`:
    data/person_list_openers.txt), where a name and the list comma follow it; else 0."""
    for word in data_longest_first("person_list_openers.txt"):
        name = _name_at(text, start + len(word)) if text.startswith(word, start) else None
        if name and text.startswith("、", start + len(word) + len(name)):
            return len(word)
    return 0


def _after_titles(text: str) -> list[Mention]:
    """`县委书记黄荣定`, `村支书石泽林`; after a group noun (`村民`) only a name that ends cleanly."""
    found = []
    for match in _title_pattern().finditer(text):
        if (
            _goes_on_as_a_word(text, match.start(), match.end())
            or _ends_a_word_before(text, match.start())
            or in_a_body_ending(text, match.start(), match.end())
        ):
            continue
        # `副县长 王建华`, `副县长(挂职)孔德明`, `政委上校陶洪波`; a post that ends its line, the name opening the next
        start = past_post_notes(
            text, _past_quoted(text, match.start(), match.end()), line_break=_a_post_line(text, match)
        )
        start += _list_opener_at(text, start)  # `县领导有刘建华、欧阳丽`
        minority = minority_name_at(text, start)
        name_at = _name_at(text, start)  # asked up to three times below: read once
        if (
            len(minority) >= 2
            and len(minority) >= len(name_at or "")
            and phrase_ends_at(text, start + len(minority))  # not `萨仁` of 萨仁高娃
        ):
            # `嘎查委员会主任乌力吉图`: a name with no surname, of the parts such names are made of
            found.append(Mention(minority, EntityType.PERSON, start, start + len(minority), _SOURCE))
            found += _listed_after(text, start + len(minority))
            continue
        credited = _credited_name(text, start) if match.group() in data_words("byline_roles.txt") else None
        if credited:  # `记者江山报道:`
            found.append(Mention(credited, EntityType.PERSON, start, start + len(credited), _SOURCE))
            continue
        if name_at is None and (placed := _name_opening_with_a_place_word(text, start)):
            found.append(Mention(placed, EntityType.PERSON, start, start + len(placed), _SOURCE))
            continue
        if name_at is None:
            item = _closed_list_item(text, start)
            listed = _listed_after(text, start + len(item)) if item else []
            if item and _a_verb_after_a_coverbs_title(text, match.start(), item):
                continue  # `被专家冷落、封杀`: the title is the coverb's object, verbs follow it
            if item and listed:  # `副镇长叶子豪、覃海燕`: the first of a list of names, as its form shows
                found += [Mention(item, EntityType.PERSON, start, start + len(item), _SOURCE), *listed]
                continue
            checked = [
                name
                for name in _names_to_check(text, start)
                if not _a_verb_after_a_coverbs_title(text, match.start(), name)
            ]
            found += [
                Mention(name, EntityType.PERSON, start, start + len(name), MODEL_CHECKED_NAME)
                for name in checked
            ]
            # `(通讯员 陇菲 祖金林)`: the names listed after one the model is asked about are asked about too
            if checked:
                found += [
                    replace(m, source=MODEL_CHECKED_NAME)
                    for m in _listed_after(text, start + len(checked[-1]))
                ]
            continue
        # kin, and roles of the public (`茶农玉香`: data/person_public_roles.txt), are more often followed by a verb or a
        # noun they modify (`群众纪律`, `青年突击队`) than by a name
        kin = match.group(0) in data_words("person_kin_nouns.txt") | data_words("person_public_roles.txt")
        group_noun = kin or match.group(0) in data_words("person_group_nouns.txt")
        name = _name_after_title(text, start, group_noun=group_noun)
        if name is None or _a_verb_after_a_coverbs_title(text, match.start(), name):
            continue  # `店员向记者反映`: the title is the preposition's object, and a verb follows it
        end = start + len(name)
        # 上官: a double surname; otherwise how seldom the first character opens a name
        odds = _surname_odds(name[0]) if name[:2] not in surnames()[1] else None
        # `“北大院士文库”`: a word closing a quoted name (a series, a team) is no name plainly ended
        closes_a_quote = text[end : end + 1] in data_table("org_quote_marks.tsv").values()
        # `四、群众关切`: a group noun and an everyday word ending a line are a heading's noun phrase
        heading = group_noun and text[end : end + 1] in ("\n", "")
        # `护士向晓琳家住塘头镇`: a given name of two characters that are no word, no place's level and no scope is
        # the name's, where 向 would have to govern a word (`护士向群众解释`, `县长向镇政府汇报`)
        rare = odds == "verb" or (odds == "rarely" and not _a_given_name_after_a_rare_surname(name))
        doubtful = (_reads_as_a_word(name) or rare) and (
            heading or closes_a_quote or not _plainly_ends(text, end) or _an_aspect_mark_at(text, end)
        )
        # `干部包网格、包楼栋`: a surname that is also a verb of the genre (包: to take charge of) before an everyday
        # word is the verb and its object unless the model reads a name
        verb_and_object = odds == "verb" and listed_as(name[1:]) == "W"
        listed = _listed_after(text, end)
        # `县领导全优群、童伟达参加`: the first of a list of names is a name as its form shows, whatever its surname
        checked = verb_and_object or (
            (doubtful or odds == "never") and not (listed and text[end : end + 1] == "、")
        )
        checked = checked or (kin and not _kin_named(text, name, end))
        found.append(Mention(name, EntityType.PERSON, start, end, MODEL_CHECKED_NAME if checked else _SOURCE))
        found += listed
    return found


def _a_given_name_after_a_rare_surname(name: str) -> bool:
    """`向晓琳`, `向雨桐`: a given name of two characters no word, place or body (_an_unlisted_given_name) that opens
    no place's level (`向镇政`) and no scope (`向全县`), after a surname of data/person_function_surname_odds.tsv's
    `rarely`: the name, not a preposition and its object."""
    given = name[1:]
    return (
        len(name) == 3
        and _an_unlisted_given_name(given)
        and given[0] not in data_table("level_chars.tsv")
        and not given.startswith(tuple(data_words("place_name_never_starts.txt")))
    )


def _an_aspect_mark_at(text: str, end: int) -> bool:
    """`工作人员解答了市民诉求`: an aspect particle (data/person_aspect_marks.txt) after a would-be name that is an
    everyday word makes that word the verb; but not one that opens a word with what follows (`王芳了解到`)."""
    return text[end : end + 1] in data_words("person_aspect_marks.txt") and not is_common_word(
        text[end : end + 2]
    )


def _a_verb_after_a_coverbs_title(text: str, start: int, name: str) -> bool:
    """`店员向记者反映`, `被专家冷落`: a coverb right before the title at `start` (data/person_title_coverbs.txt),
    whose object the title is, and a would-be name after it that is an everyday word (the verb that follows)."""
    coverb = start > 0 and text[start - 1] in data_words("person_title_coverbs.txt")
    return coverb and (is_common_word(name[:2]) or listed_as(name[:2]) == "W")


def _past_quoted(text: str, start: int, end: int) -> int:
    """Past the closing quote of a title set in quotes (`大坪村“第一书记”饶斌`)."""
    return end + 1 if text[start - 1 : start] == "“" and text.startswith("”", end) else end


def _a_post_line(text: str, match: re.Match[str]) -> bool:
    """A post (data/titles.tsv; no role, no byline's credit) on a line of posts alone: its holder's name may open
    the next line (lexicon.posts_alone_on_line)."""
    known = titles().get(match.group())
    return (
        known is not None
        and known.is_post
        and match.group() not in data_words("byline_roles.txt")
        and posts_alone_on_line(text, match.start())
    )


def _name_opening_with_a_place_word(text: str, start: int) -> str | None:
    """`副县长韩国强主持会议`, `县委书记韩国卿带队`: after a title, a surname and given name whose first two
    characters are a place's name in the lexicon (韩国), before a verb of report or of the response or where the
    phrase plainly ends: a person, whom the model reads as the place. None where none stands so."""
    name = text[start : start + 3]
    end = start + 3
    if len(name) < 3 or not all(HAN.match(c) for c in name) or listed_as(name[:2]) != "LOC":
        return None
    if name[0] not in surnames()[0] or listed_as(name) not in (None, "PER"):
        return None
    if _ends_a_clause_subject(text, start + 2) or is_common_word(text[end - 1 : end + 1]):
        return None  # `民警江山说`, `县委书记江山叮嘱`: a two-character name, whose phrase ends there
    return name if _ends_a_clause_subject(text, end) else None


def _ends_a_clause_subject(text: str, end: int) -> bool:
    """A name's phrase ends at `end`: plainly, or before a verb of report or of the response."""
    return bool(
        _plainly_ends(text, end) or act_pattern().match(text, end) or report_pattern().match(text, end)
    )


def _ends_a_word_before(text: str, start: int) -> bool:
    """The title's first character ends a body's word with the one before it (data/person_title_overlaps.txt:
    `公司长乐坡公司` is 公司 and 长乐坡, `市场长期` 市场 and 长期): no title starts there."""
    return start > 0 and text[start - 1 : start + 1] in data_words("person_title_overlaps.txt")


def _goes_on_as_a_word(text: str, start: int, end: int) -> bool:
    """The title at start:end goes on into a longer word the lexicon lists, and not as a name: `成员国` (a
    member state), `书记处`. No name follows it."""
    return any(listed_as(text[start : end + k]) not in (None, "PER") for k in (1, 2) if end + k <= len(text))


def _reads_as_a_word(name: str) -> bool:
    """`干部任用办法`, `交警支队每日`, `委员过半数赞成`, `干部高科技知识培训班`: the lexicon lists the would-be
    name as a word of any other kind than a name, or its surname and the character after it as an everyday
    word. Unless its phrase plainly ends there (`护士文静已在`, `局长方圆,`), such a name is one only where the
    model reads a person there too."""
    _, double = surnames()
    whole = listed_as(name)  # `高科技`: the whole a word of another kind
    return whole != "PER" and (whole is not None or (name[:2] not in double and listed_as(name[:2]) == "W"))


# Marks right after a name that set it off as a whole phrase: no preposition's object stops there.
_SET_OFF = frozenset(",、;:。(")
_PREPOSITION_REACH = 16  # Han characters between `记者从` and `获悉`: a body's full name fits


def _closes_a_preposition(text: str, start: int) -> bool:
    """`记者从石桥了解到`, `记者从县疫情防控指挥部获悉`: a verb of data/person_preposition_verbs.txt ends the
    phrase that begins at `start`, within the clause."""
    clause = ""
    for c in text[start : start + _PREPOSITION_REACH]:
        if not HAN.match(c):
            break
        clause += c
    return any(verb in clause[1:] for verb in data_words("person_preposition_verbs.txt"))


def _name_after_title(text: str, start: int, *, group_noun: bool) -> str | None:
    name = _name_at(text, start)
    if (
        not name
        or _runs_into_title(text, start, len(name))
        or _runs_into_place(text, start + len(name))
        or name[0] in function_surnames("ending")
        # `县长原定于`, `记者慕名来到`: a character that opens an everyday word there
        or (
            name[0] in function_surnames("word")
            and name[:2] in two_character_words()
            and name[:2] not in surnames()[1]  # `慕容`, a double surname
        )
    ):
        return None
    end = start + len(name)
    if name[0] in data_words("post_predicates.txt"):
        office = _title_word_pattern().search(text, start + 1, start + 8)
        if office is not None and office.start() <= start + 3:
            return None  # `县长任常务副组长`: 任 is the verb of office before a title, no surname
    if report_pattern().match(name, 1):
        return None  # `会见议员时说`: a verb of report follows a word, no surname and given name
    straddled = text[start - 1 : start + 1]
    if listed_as(straddled) == "LOC" and straddled not in surnames()[1] and is_common_word(name[1:3]):
        return None  # `荆州长江大桥`, `社科院长江流域`: the title's last character opens a place (长江), a word goes on
    if body_ending_pattern().match(text, end) and not text.startswith(title_words(), end):
        return None  # `律师,国晖律师事务所`: the name of a firm, whose ending follows
    if _opens_a_longer_word(text, start, len(name)):
        return None  # `副主任从早到晚守在卡点`, `书记马不停蹄`: an idiom opens there, no name
    if name[0] in function_surnames("conjunction") and (
        not phrase_ends_at(text, end)
        or text.startswith(title_words(), end)
        or (is_common_word(text[start + 1 : start + 3]) and text[end : end + 1] not in _SET_OFF)
        or listed_as(name[1:]) == "W"  # `专家和力量,`: the lexicon's word, no given name
    ):
        return None  # `所长和观音村`, `县长和大家一起`: the conjunction; `县长和志强说` is a name
    if (
        name[0] in function_surnames("modal", "adverb")
        and (
            is_common_word(text[start + 1 : start + 3])
            or name[:2] in two_character_words()
            or text[start + 1 : start + 2] in data_words("person_auxiliaries.txt")
        )
        and text[end : end + 1] not in _SET_OFF
    ):
        return (
            None  # `村支书应积极配合`, `每位县长都要`: the modal or adverb, not a surname (but `主任全力,`)
        )
    if (
        name[0] in function_surnames("preposition")
        and (is_common_word(text[start + 1 : start + 3]) or _closes_a_preposition(text, start + 1))
        and text[start + len(name) : start + len(name) + 1] not in _SET_OFF
        and not _given_a_post_after(text, start + len(name))  # `以镇党委书记于建国为组长`
    ):
        return None  # `记者向群众宣传`, `书记上午到`: a preposition or time word, not a surname (but `主任向红军,`)
    if (
        group_noun
        and (
            not phrase_ends_at(text, start + len(name))
            # `茅坪村民宿暂停`: 民宿 (a homestay) runs over the group noun's end; not a double surname (`医生鲜于婷`)
            or (listed_as(straddled) == "W" and name[:2] not in surnames()[1])
            or text[start + len(name) : start + len(name) + 2] in data_words("person_not_after.txt")
            or name[0] in function_surnames("adverb", "conjunction")
            # `农民向蛟河市政府`: the preposition, but a double surname that starts with one is a name (`上官婷`),
            # and so is a given name of two characters no word or place (`村民向光荣捐赠`)
            or (
                name[0] in function_surnames("preposition")
                and name[:2] not in surnames()[1]
                and not _an_unlisted_given_name(name[1:])
            )
        )
    ):
        return (
            None  # `辅警全员上岗`, `干部包保制度`, `村民都给予理解`: after a group noun, demand a clean name
        )
    return name


def _given_a_post_after(text: str, end: int) -> bool:
    """`成立以镇党委书记于建国为组长的领导小组`: a verb of office (data/post_predicates.txt) right after a would-be
    name, and a title right after the verb: the frame that gives a person a post, so the name is one."""
    verb = next((v for v in data_longest_first("post_predicates.txt") if text.startswith(v, end)), None)
    return verb is not None and text.startswith(title_words(), end + len(verb))


def _an_unlisted_given_name(given: str) -> bool:
    """Two characters that the lexicon lists as no word, place or body, and that name no division nor place abroad
    (`向沙特`): after a preposition that is also a surname (向), a given name rather than the preposition's object."""
    return (
        len(given) == 2
        and not is_common_word(given)
        and listed_as(given) in (None, "PER")
        and not gazetteer.load().knows(given)
        and given not in world_place_names()
    )


def _opens_a_longer_word(text: str, start: int, length: int) -> bool:
    """`从早到晚`, `马不停蹄`, `齐心协力`: a word of up to four characters the lexicon lists starts where a name of
    `length` would, and goes on past it."""
    return any(
        listed_as(text[start : start + k]) == "W" for k in range(length + 1, 5) if start + k <= len(text)
    )


def _credited_name(text: str, start: int) -> str | None:
    """`记者江山报道:`, `通讯员高峰摄)`: after a byline's role, a name of two or three characters (a listed surname
    first) and what the byline says its person did (data/byline_report_verbs.txt), closing the phrase: a name
    even where it is an everyday word. `记者连续报道了` goes on, and names no one."""
    for length in (2, 3):
        name = text[start : start + length]
        verb = next(
            (v for v in data_longest_first("byline_report_verbs.txt") if text.startswith(v, start + length)),
            None,
        )
        if verb is None:
            continue
        after = text[start + length + len(verb) : start + length + len(verb) + 1]
        if looks_like_name(name) and not HAN.match(after) and not after.isdigit():
            return name
    return None


def _names_to_check(text: str, start: int) -> list[str]:
    """Right after a title, the names the rules cannot tell from words: two characters that are also an everyday
    word (`区长高峰,`, `局长秦岭汇报`, `志愿者高峰在卡点`), and names with no surname of the list (`副局长星占海介绍`,
    `记者 才让措`, `护士卓玛`), of two or three characters that plainly end: at punctuation, or before a verb
    that follows names (data/person_followers.txt, data/person_verbs_after.txt). `书记强调,` and `志愿者家中`
    end so too: each is kept only where the NER model reads a person at the same place (source
    MODEL_CHECKED_NAME; ner/merge.py)."""
    names = []
    for length in (2, 3):
        name = text[start : start + length]
        if len(name) < length or not all(HAN.match(c) for c in name):
            break
        # `书记钦建明干脆把办公桌搬到了村口`: an adverb that opens the clause's predicate ends it too, the model agreeing
        ends = _plainly_ends(text, start + length) or (
            length == 3 and text.startswith(data_longest_first("person_adverbs_after.txt"), start + length)
        )
        if ends and _plausible(name, checked_by_model=True) and not _runs_into_title(text, start, length):
            names.append(name)
    return names


def _kin_named(text: str, name: str, end: int) -> bool:
    """`伯伯谢金林也向记者透露`, `儿子李建国说,`: after kin a verb is likelier than a name (`丈夫强奸`, `爱人管做饭;`,
    `父亲过几日就`), so on the rule's word a name there ends at punctuation, before 也 or a verb of report,
    and neither it nor its given name is a word of the lexicon."""
    after = text[end : end + 1]
    return (
        bool(after)
        and (
            not HAN.match(after)
            or after in data_words("person_kin_followers.txt")
            or report_pattern().match(text, end) is not None
        )
        and listed_as(name) is None
        and not is_common_word(name[-2:])
        # `老人顾虑多`: the surname and the next character an everyday word (顾虑), no surname and given name
        and not (len(name) == 3 and listed_as(name[:2]) == "W" and name[:2] not in surnames()[1])
    )


def _plainly_ends(text: str, end: int) -> bool:
    """A name's phrase plainly ends at `end`: at punctuation, or before a word that follows names
    (data/person_followers.txt, data/person_verbs_after.txt)."""
    after = text[end : end + 1]
    return bool(
        (after and not HAN.match(after) and not after.isdigit())
        or after in data_words("person_followers.txt")
        or text[end : end + 2] in data_words("person_verbs_after.txt")
    )


def _listed_after(text: str, end: int) -> list[Mention]:
    """`县领导张明、李强、王芳`, `记者张明和王芳`: names joined by 、 (or a conjunction, 和 与 及) right after a
    title's name are listed under it too."""
    found = []
    while True:
        start = _next_in_list(text, end)
        if start is None or _title_pattern().match(text, start) or _opens_a_post(text, start):
            break  # `副县长刘庆海、县政府党组成员彭茂盛`: a new post, not a name
        name = _name_at(text, start)
        if (
            not name
            or _runs_into_title(text, start, len(name))
            or not phrase_ends_at(text, start + len(name))
            or name[0] in function_surnames("adverb", "conjunction", "preposition")
            # `通讯员 邸振宇　　字号:大 中 小`: a character that hardly ever opens a name, past spaces, opens a label
            or _surname_odds(name[0]) == "never"
        ):
            name = _closed_list_item(text, start)
        if not name:
            # the list's last name, where the rules cannot tell it from a word (`副乡长张伟、江涛、幸福林到`): the model's
            found += [
                Mention(n, EntityType.PERSON, start, start + len(n), MODEL_CHECKED_NAME)
                for n in _names_to_check(text, start)
                if text.startswith("、", end)  # after 、, not a conjunction (`张伟和大家`)
            ]
            break
        found.append(Mention(name, EntityType.PERSON, start, start + len(name), _SOURCE))
        end = start + len(name)
    return found


_POST_REACH = 12  # Han characters from a list's next item to the title that ends its post phrase


def _opens_a_post(text: str, start: int) -> bool:
    """`局长郑筱萸和原药品注册司司长曹文庄`: the next item is a post phrase, a body's words and a title right
    before the name that holds it, not a name."""
    run = start
    while run < len(text) and run - start < _POST_REACH and HAN.match(text[run]):
        run += 1
    return any(
        match.end() < run
        and match.start() > start + 1
        and _name_at(text, match.end()) is not None  # not `孙德胜等县领导分别带队`: no name after the title
        for match in _title_pattern().finditer(text, start, run)
        if (known := titles().get(match.group())) is not None and known.is_post
    )


def _closed_list_item(text: str, start: int) -> str | None:
    """`副镇长叶子豪、覃海燕、谭德军`, `镇党委委员胡立新、于正清、朱春林`: an item of a list of names closed by 、 is a
    name where it looks like one (a listed surname, two to four characters), even where it starts like an everyday
    word (叶子) or a preposition (于): the list's form shows it is a name. Not a body (`卫健局、`) or a word of
    data/person_not_names.txt (`公安、`)."""
    for length in (2, 3, 4):
        item = text[start : start + length]
        if text.startswith("、", start + length) and looks_like_name(item):
            plausible = _plausible(item, checked_by_model=True) and not looks_like_body(item)
            return item if plausible and listed_as(item) != "W" else None
    return None


def _next_in_list(text: str, end: int) -> int | None:
    """Where the next name of a list starts after a name ending at `end`: after 、, a conjunction (和 与 及) or
    the spaces that pages set names apart with (`副县长 王建华 刘志强`)."""
    if text[end : end + 1] == "、":
        return end + 1
    if text[end : end + 1] in conjunction_surnames():
        # `张伟及时赶到`: a conjunction that begins a word (及时, 和谐) joins no names
        return None if is_common_word(text[end : end + 2]) else end + 1
    start = past_spaces(text, end)
    return start if start > end else None


# --- a name before a title or an address ---------------------------------------------------


@cache
def _post_titles_and_addresses() -> re.Pattern[str]:
    """The bare post titles, jobs many hold (data/person_group_nouns.txt) among them, and the addresses
    (data/person_address_words.txt), longest first."""
    words = [*_post_titles(), *sorted(data_words("person_address_words.txt"))]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _before_titles(text: str) -> list[Mention]:
    """`张明县长说`, `学习习近平总书记讲话`, `王芳同志`: a name that starts a word, right before a bare post title
    or an address, with the title ending the phrase; before a job many hold (`仉志强医生、`), the phrase ends
    right after it, at punctuation or a word that follows names, and the name is no everyday word."""
    found = []
    group_nouns = data_words("person_group_nouns.txt")
    for match in _post_titles_and_addresses().finditer(text):
        if not phrase_ends_at(text, match.end()) or in_a_body_ending(text, match.start(), match.end()):
            continue  # `国晖律师事务所`: the title word is part of a body's name
        group_noun = match.group() in group_nouns
        if group_noun and not ends_cleanly(text, match.end()):
            continue
        # `王永庆副主席`: a deputy's mark (data/title_deputy_marks.txt) between the name and the title
        deputy = next(
            (m for m in data_words("title_deputy_marks.txt") if text.endswith(m, 0, match.start())), ""
        )
        name = _name_before(text, match.start() - len(deputy)) if deputy else None
        title_start = match.start() - len(deputy) if name is not None else match.start()
        name = name if name is not None else _name_before(text, match.start())
        if name is not None and _inside_a_longer_role(text, title_start - len(name), match.end()):
            continue  # `融媒体记者 张明`: the title is 融媒体记者 (data/byline_roles.txt), with no name in it
        if name is not None and _a_posts_marks(name):
            continue  # `县政协原副主席`: 原 (held before) and 副 (a deputy's) before the title, no name
        if name is not None and _a_division_before_its_title(name, match.group()):
            continue  # `安远县长要求`: the county's name before its head's title, no person
        if name is not None and _a_village_after_its_township(
            text, title_start - len(name), title_start, match.group()
        ):
            continue  # `灵山镇何畈村支书`: the township, the village's name, then its post; no person
        if name is not None and _a_unit_before_its_head(name, match.group()):
            continue  # `农技站站长`, `税务局长`: the unit whose head the title is, no person
        if name is not None and len(name) >= 3 and body_ending_pattern().fullmatch(name, len(name) - 2):
            continue  # `谭明亮任专班组长`: a verb of office and a unit (专班) before its head's title, no person
        if name is not None and not (group_noun and listed_as(name) == "W"):  # `班子成员`: a group's members
            # `车间主任`, `卫队民警`: a would-be name the lexicon lists as a word or a thing (a unit) is a name only
            # where the model reads one there too (`方圆局长`), as after a title
            listed = listed_as(name) not in (None, "PER")
            # `中国区销售总监`: a surname that seldom opens a name (data/person_function_surname_odds.tsv) too
            never = name[:2] not in surnames()[1] and _surname_odds(name[0]) == "never"
            source = MODEL_CHECKED_NAME if listed or never else _SOURCE
            found.append(Mention(name, EntityType.PERSON, title_start - len(name), title_start, source))
    return found


def _a_posts_marks(name: str) -> bool:
    """`原副`: a mark of how a post is held (data/post_title_marks.txt) then a deputy's (data/title_deputy_marks.txt),
    written before a title; no name."""
    return any(
        name == held + deputy
        for held in data_words("post_title_marks.txt")
        for deputy in data_words("title_deputy_marks.txt")
    )


def _inside_a_longer_role(text: str, start: int, end: int) -> bool:
    """A role that pages credit people in (data/byline_roles.txt) ends at `end` and starts at or before `start`."""
    return any(
        len(role) >= end - start and text[end - len(role) : end] == role
        for role in data_words("byline_roles.txt")
    )


def _a_unit_before_its_head(name: str, title: str) -> bool:
    """`孙窑乡农技站站长`, `聪明的税务局长`: the would-be name ends in the title's first character (站 of 站长), or
    makes a word of the lexicon with it (税务局): a unit and its head's title, no person."""
    return name[-1] == title[0] or listed_as(name + title[0]) is not None


def _a_village_after_its_township(text: str, start: int, end: int, title: str) -> bool:
    """`灵山镇何畈村支书`: right after a township's name (its ending, data/place_township_suffixes.txt, after two
    characters or more), the would-be name at start..end before a title that opens with a village's level
    character is the village's name where the page writes that village elsewhere too with no such title after it
    (`在灵山镇何畈村,村党支部书记…`); `城关镇王刚村长说` alone stays a name."""
    village = next(
        (
            c
            for c, level in data_table("level_chars.tsv").items()
            if level == "village" and title.startswith(c)
        ),
        None,
    )
    ending = next(
        (e for e in data_longest_first("place_township_suffixes.txt") if text.endswith(e, 0, start)), None
    )
    if village is None or ending is None:
        return False
    if not all(HAN.match(c) for c in text[max(0, start - len(ending) - 2) : start]):
        return False
    name = text[start:end] + village
    rest = title[len(village) :]
    return any(at != start and not text.startswith(rest, at + len(name)) for at, _ in occurrences(text, name))


def _a_division_before_its_title(name: str, title: str) -> bool:
    """`安远县长`, `白沙乡长`, `东湖社区文书`: the would-be name and the level word the title opens with
    (data/level_chars.tsv, place_township_suffixes.txt, place_village_suffixes.txt) make a division the
    gazetteer lists (or the rest of it after a verb of office: `时任东湖社区文书`): the division's post, no
    person. After the village's one character 村 only a division above the villages counts, as many villages
    are named like people (`张明村医` stays a name)."""
    levels = data_table("level_chars.tsv")
    words = sorted({*_division_endings(), *levels}, key=len, reverse=True)
    level = next((w for w in words if title.startswith(w) and len(title) > len(w)), None)
    if level is None:
        return False
    verbs = data_words("post_predicates.txt") | data_words("post_copulas.txt")
    stems = [name, name[1:]] if name[0] in verbs else [name]
    found = [d for stem in stems for d in gazetteer.load().lookup_written(stem + level)]
    return any(len(level) > 1 or d.level != "village" for d in found)


def _names_ending_at(text: str, end: int) -> Iterator[tuple[int, str]]:
    """(start, name) of the would-be names ending at `end`, longest first: four characters only after a double
    surname (`欧阳春明`), then three and two."""
    for length in (4, 3, 2):
        start = end - length
        name = text[start:end] if start >= 0 else ""
        if name and (length < 4 or name[:2] in surnames()[1] or is_minority_name(name)):
            yield start, name


def _name_before(text: str, end: int, *, in_list: bool = True) -> str | None:
    """The three- or two-character name ending at `end` that starts a word there (and, with `in_list`, is
    not a title inside a list of titles); four characters after a double surname (`欧阳建国县长`)."""
    for start, name in _names_ending_at(text, end):
        if not _plausible(name) or not _starts_word(text, start):
            continue
        if in_list and _in_title_list(text, start):
            continue  # `党委委员、宣统委员`: a title of a list of titles, not a name and a title
        if name[0] in function_surnames("adverb", "conjunction", "preposition"):
            continue  # `和张明`: the conjunction, then perhaps a shorter name
        if text[start - 1 : start + 1] in data_words("post_predicates.txt"):
            continue  # `时任三级警长`, `时任安远县长`: 任 ends the verb of office, no name starts with it
        if name[-1] in function_surnames("preposition") and (
            len(name) >= 3 or text.startswith(tuple(data_words("byline_roles.txt")), end)
        ):
            continue  # `王军向记者介绍`, `分析师向记者`: 向 goes with 记者, and 记者 is no post of the name before
        if report_pattern().search(name, 1):
            continue  # `理财师告诉记者`: a verb of report ends the clause's subject, and 记者 is whom it told
        if len(name) >= 3 and name[-1] in data_words("post_predicates.txt") | data_words("post_copulas.txt"):
            continue  # `金哲任组长`, `叶青系副县长`: 任 (serves as), 系 (is) give him the title; they end no name
        return name
    return None


@cache
def report_pattern() -> re.Pattern[str]:
    """The verbs of report (data/person_reports.tsv: 说, 表示, 介绍)."""
    verbs = data_groups("person_reports.tsv")["verb"]
    return re.compile("|".join(map(re.escape, verbs)))


def _before_reports(text: str) -> list[Mention]:
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


@cache
def act_pattern() -> re.Pattern[str]:
    verbs = sorted(data_words("person_clause_verbs.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, verbs)))


def _before_acts(text: str) -> list[Mention]:
    """`黄立新带领党员值守`, `李安民进村入户`: a name that opens its clause right before a verb or adverb of the
    response (data/person_clause_verbs.txt), read as `_before_reports` reads one before a verb of report; unlike
    a report's speaker, the subject of an act may be a place or a body (`何家湾召开`), so the name has source
    OPENING_NAME, and is no name where a place or a body is read there, or the lexicon lists it as a place. After
    the list comma a clause goes on (`扫码、测温、戴口罩要求`), and opens no subject; after a number, a count
    (`5家商超负责人`); and a verb that starts a title (负责人) is none."""
    return [
        replace(m, source=OPENING_NAME)
        for m in _opening_names(text, act_pattern())
        if listed_as(m.text) not in ("LOC", "W")  # `单产连续三年`: the lexicon's everyday word
        and not text[m.start - 1 : m.start].isdigit()  # `5家商超`: a count of things
        and text[m.start - 1 : m.start] != "、"  # `银行、门店每天`: a list of things
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
        for start, name in _names_ending_at(text, end):
            # `政法委员李明说`: after a body's name, a character that hardly ever opens a name ends a word (委员)
            opens = _opens_clause(text, start) or (
                after_bodies and _after_a_body_name(text, start) and _surname_odds(name[0]) != "never"
            )
            first = None if opens else _joined_before(text, start)
            # `其木格说`: a name of a people that takes no surname (data/person_minority_names.txt) opens it too
            plausible = _plausible(name, joins_nothing=True) or is_minority_name(name)
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
            found.append(Mention(name, EntityType.PERSON, start, end, _SOURCE))
            break
    return found


def _joined_before(text: str, start: int) -> Mention | None:
    """`于生和闫翔连续6天住在单位`: the name that opens the clause and is joined (和, 与, 及) to the one at `start`."""
    if text[start - 1 : start] not in conjunction_surnames():
        return None
    for begin, name in _names_ending_at(text, start - 1):
        if (
            _opens_clause(text, begin)
            and _plausible(name)
            and not is_common_word(name)
            and listed_as(name) != "W"
        ):
            return Mention(name, EntityType.PERSON, begin, start - 1, _SOURCE)
    return None


# `秦川(民勤县卫健局局长):` a press conference's speaker, `张爱民(县疾控中心主任)介绍`: a post in brackets
# (or several: `欧阳振华(县疾控中心副主任、县防指流调溯源专班副组长)`, as commendations list their people)
_DESCRIPTION = re.compile(r"\((?P<post>[\u4e00-\u9fff、]{2,32})\)")


def _in_frames(text: str) -> list[Mention]:
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
                    _a_listed_name(name)  # `向房东表示感谢`: a word of the lexicon, no name
                    # `连同米面油一起`: a word of the lexicon opens it (米面), goods, no name
                    and not (len(name) >= 3 and listed_as(name[:2]) == "W" and name[:2] not in surnames()[1])
                    # `从严查处`: the frame's last word goes on into a word (查处, 处理), no frame
                    and not is_common_word(name[-1] + after[0])
                    and not (len(after) == 1 and is_common_word(text[start + length : start + length + 2]))
                ):
                    found.append(Mention(name, EntityType.PERSON, start, start + length, FRAMED_NAME))
    return found


_LIST_RUN = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+){1,}")


def _name_lists(text: str) -> list[Mention]:
    """`参加会议的有程学文、端木建设、郭敏。`, `关立群、单芳、上官一帆等同志参加`: three or more items set apart by the
    list comma (two where 等 and a word for people close them: `张三丰、李四光等同志`), each a plausible name (a
    listed surname first, no word of the lexicon, no place the gazetteer lists nor its short form, no body): all
    of them persons. The first item is the name that ends the words before the first comma, the last the name
    that starts the words after the last one, where a word that follows names (data/person_followers.txt) or
    punctuation comes next."""
    found = []
    for run in _LIST_RUN.finditer(text):
        parts = run.group().split("、")
        middle = parts[1:-1]
        if not all(2 <= len(p) <= 4 and _a_listed_name(p) for p in middle):
            continue
        head = parts[0]
        first = next(
            (
                head[-k:]
                for k in ((4, 3, 2) if head[-4:-2] in surnames()[1] else (3, 2))  # `诸葛晓明`
                # `作家肖乾`: the would-be name's first character closes a word begun before it, no surname
                if _a_listed_name(head[-k:]) and not is_common_word(head[-k - 1 : len(head) - k + 1])
            ),
            None,
        )
        end = run.end() - len(parts[-1])  # where the last item starts
        last = next(
            (
                parts[-1][:k]
                for k in (3, 2, 4)
                if _a_listed_name(parts[-1][:k])
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


# `白班:韦敏　罗军　盘金凤`: a line's label, its colon, then two or more names set apart by spaces to the line's end
_NAME_LINE = re.compile(
    r"^[^\S\n]*[\u4e00-\u9fff]{1,8}:[ \u3000]*(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+)[ \u3000]*$",
    re.M,
)


def _labelled_name_lines(text: str) -> list[Mention]:
    """`白班:韦敏　罗军　盘金凤`, `夜班:赵有才　黄勇　巴特尔`: a duty roster's or a team's line of names, each a listed
    name or a name with no surname (data/person_minority_names.txt); a line holding anything else is none."""
    found = []
    for line in _NAME_LINE.finditer(text):
        names = [(m.group(), m.start()) for m in re.finditer(r"[\u4e00-\u9fff]+", line.group("names"))]
        if all(_a_listed_name(name) or is_minority_name(name) for name, _ in names):
            at = line.start("names")
            found += [
                Mention(name, EntityType.PERSON, at + i, at + i + len(name), _SOURCE) for name, i in names
            ]
    return found


def _a_listed_name(name: str) -> bool:
    """A name a frame or a list holds: plausible (a listed surname first), no word of the lexicon, no body's name,
    no place the gazetteer lists nor its short form."""
    gaz = gazetteer.load()
    return (
        len(name) >= 2
        and _plausible(name)
        and not is_common_word(name)
        and listed_as(name) != "W"
        and not looks_like_body(name)
        and not gaz.knows(name)
    )


def _described(text: str) -> list[Mention]:
    """`秦川(民勤县卫健局局长):目前...`: a name that opens its clause right before brackets that hold its post
    (ending in a post title), even where it is an everyday word: the brackets show it is a name."""
    return _named_before_posts(text, _DESCRIPTION, looks_like_name)


# `王芳,县疾控中心主任,介绍说`: a post set off by commas right after a name
_APPOSITION = re.compile(r",(?P<post>[\u4e00-\u9fff、]{2,20})[,。]")


def _set_off_by_commas(text: str) -> list[Mention]:
    """`万里明,东门社区党委书记,连夜召开会议`: a name that opens its clause right before a post set off by commas
    (ending in a post title) is a person; unlike brackets, commas set off other phrases too, so the name must
    be a plausible one (a listed surname, no everyday word first)."""
    return _named_before_posts(text, _APPOSITION, lambda name: _plausible(name) and not is_common_word(name))


@cache
def _as_post() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(data_words("post_as_words.txt"), key=len, reverse=True)))
    links = "".join(sorted(data_words("post_as_links.txt")))
    return re.compile(rf"(?:{words})(?P<post>[\u4e00-\u9fff、]{{2,24}}?)[{links}]")


def _after_as_posts(text: str) -> list[Mention]:
    """`作为派出所所长的宋佳`, `时任副县长的叶青`: the name right after a post between 作为 (data/post_as_words.txt)
    and 的 (data/post_as_links.txt), the post ending in a post title, read as after a title."""
    found = []
    for match in _as_post().finditer(text):
        if not match.group("post").endswith(_post_titles()):
            continue
        name = _name_at(text, match.end())
        if name is not None and _plainly_ends(text, match.end() + len(name)):
            found.append(Mention(name, EntityType.PERSON, match.end(), match.end() + len(name), _SOURCE))
    return found


@cache
def _profile_mark() -> re.Pattern[str]:
    marks = "|".join(map(re.escape, sorted(data_words("person_profile_marks.txt"), key=len, reverse=True)))
    return re.compile(rf",(?:{marks}),")


def _profiled(text: str) -> list[Mention]:
    """`宋佳,女,汉族,1982年出生,`: a name that opens its clause right before a profile's first attribute (data/
    person_profile_marks.txt), a listed surname first, even where it is an everyday word: the profile shows it is
    a name."""
    found = []
    for match in _profile_mark().finditer(text):
        for start, name in _names_ending_at(text, match.start()):
            if (
                _opens_clause(text, start)
                and looks_like_name(name)
                and _plausible(name, checked_by_model=True)
            ):
                found.append(Mention(name, EntityType.PERSON, start, match.start(), _SOURCE))
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


def _holding_posts(text: str) -> list[Mention]:
    """`罗强系河口镇武装部部长,`, `王芳现任红星村党支部书记。`: a name that opens its clause right before a verb of
    office or a copula (data/post_predicates.txt, post_copulas.txt) and a post phrase that closes the clause
    (ending in a post title); a plausible name, as after commas, that ends in no character that follows names
    (`杨洁已担任`: 已 is the adverb)."""

    def fits(name: str) -> bool:
        return (
            _plausible(name)
            and not is_common_word(name)
            and not (len(name) == 3 and name[-1] in data_words("person_followers.txt"))
        )

    return _named_before_posts(text, _holding(), fits)


def _named_before_posts(text: str, posts: re.Pattern[str], fits: Callable[[str], bool]) -> list[Mention]:
    """Names of three or two characters that open their clause right before a post `posts` finds (its group
    `post` ending in a post title), as `fits` judges them."""
    found = []
    for match in posts.finditer(text):
        if not match.group("post").endswith(_post_titles()):
            continue
        if match.group("post").startswith(tuple(data_words("post_by_words.txt"))):
            continue  # `经研究,由李明华任组长,`: by whom the post is held, a clause of its own; no post set off
        for start, name in _names_ending_at(text, match.start()):
            if _opens_clause(text, start) and fits(name):
                found.append(Mention(name, EntityType.PERSON, start, match.start(), _SOURCE))
                break
    return found


@cache
def _photo_position() -> re.Pattern[str]:
    return re.compile(r"\((?:" + photo_position().pattern + r")\)")


def _placed_in_photos(text: str) -> list[Mention]:
    """`庞帅(右一)正在为群众登记`, `与王芳(左)交谈`: a name right before brackets that place its person in a photo
    (data/person_photo_positions.txt), starting a word there, is a person."""
    found = []
    for match in _photo_position().finditer(text):
        name = _name_before(text, match.start(), in_list=False)
        if name is not None:
            found.append(Mention(name, EntityType.PERSON, match.start() - len(name), match.start(), _SOURCE))
    return found


@cache
def _post_titles() -> tuple[str, ...]:
    return tuple(t for t in title_words() if titles()[t].is_post)


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but punctuation, a line's start or a lead word (`据`) before `start`; not the dot inside a name
    (`艾尼瓦尔·阿布都说`: 阿布 opens no clause)."""
    leads = data_groups("person_reports.tsv")["lead"]
    lead = next((w for w in leads if text.endswith(w, 0, start)), "")
    before = text[start - len(lead) - 1 : start - len(lead)]
    return not before or (not HAN.match(before) and before != "·")


def _in_title_list(text: str, start: int) -> bool:
    """`党委委员、宣统委员`: right after a title and 、, a list of titles goes on; after a name's own title
    (`李志军镇长、郑玉副镇长`) a list of names does."""
    if text[start - 1 : start] != "、":
        return False
    title = next((t for t in title_words() if text.endswith(t, 0, start - 1)), None)
    return title is not None and _name_before(text, start - 1 - len(title), in_list=False) is None


def _starts_word(text: str, start: int) -> bool:
    """Nothing joins the character before to the name: punctuation, a function character or the end of a
    common word (`贯彻习近平`), and the name's first character does not end a word with it (`办公室主任`)."""
    before = text[start - 1 : start]
    if is_common_word(text[start - 1 : start + 1]):
        return False
    if (before.isdigit() or before in data_table("numerals.tsv")) and text[start] in data_words(
        "quantity_units.txt"
    ):
        return False  # `等5家商超负责人`: 家 counts the shops, no surname
    return (
        not before
        or not HAN.match(before)
        or before in data_words("post_phrase_breaks.txt")
        or is_common_word(text[start - 2 : start])
        or _after_a_named_unit(text, start)
    )


@cache
def _division_endings() -> tuple[str, ...]:
    """The endings of villages and townships (data/place_village_suffixes.txt, place_township_suffixes.txt)."""
    return (*data_words("place_village_suffixes.txt"), *data_words("place_township_suffixes.txt"))


def _after_a_named_unit(text: str, start: int) -> bool:
    """`谷脚派出所罗斌所长`, `观音村吴三妹村支书`: right after a body's or a village's name a name starts."""
    head = text[max(0, start - 12) : start]
    return looks_like_body(head) or (
        head.endswith(_division_endings()) and len(head) >= 3 and not is_common_word(head[-2:])
    )


# --- shared judgements ---------------------------------------------------------------------


def _name_at(text: str, start: int) -> str | None:
    """The name starting at start, of a one-character given name or a two-character one (2 or 3 characters, 3 or 4
    after a double surname: `令狐建明介绍`), judged by surname and what follows."""
    _, double = surnames()
    if len(text[start : start + 2]) < 2 or not all(HAN.match(c) for c in text[start : start + 2]):
        return None
    surname = 2 if text[start : start + 2] in double and len(text[start : start + 3]) == 3 else 1
    at = start + surname  # the given name's start
    short, long = text[start : at + 1], text[start : at + 2]
    followers = data_words("person_followers.txt")
    joins_nothing = _ends_a_name(text, at + 1)  # `李长和说`, `张辉向先后前往`: no conjunction or preposition
    # `肖春来拿着台账`: a verb and its aspect mark right after three characters; the third is the name's, unless
    # it is a function word (`陈刚便带着`: data/person_function_followers.txt)
    joins_nothing = joins_nothing or (
        text[at + 3 : at + 4] in data_words("person_aspect_marks.txt")
        and long[-1] not in data_words("person_function_followers.txt")
    )
    # `局长陈肇始表示`: a verb of report of two characters or more right after three, and the third no character
    # that stands on its own before a verb (`王强在介绍`: data/person_function_followers.txt,
    # person_clause_coverbs.txt): the third is the name's, not the start of a word (始终)
    free = data_words("person_function_followers.txt") | data_words("person_clause_coverbs.txt")
    joins_nothing = joins_nothing or (
        (report := report_pattern().match(text, at + 2)) is not None
        and len(report.group()) > 1
        and long[-1] not in free
    )
    short_then_word = (
        len(long) < len(short) + 1
        # `村党支部书记俄木阿依、`: a follower right before the list comma begins no clause there, and ends the name
        or (long[-1] in followers and not joins_nothing and text[at + 2 : at + 3] != "、")
        # `刘军进村入户`; but `吴皇发出席`: the word after three wins
        or (
            text[at + 1 : at + 3] in data_words("person_verbs_after.txt")
            and not starts_own_word(text, at + 2)
        )
        or (long[-1] in data_words("person_never_ends.txt") and not joins_nothing)  # `张伟第一时间`: no 第
        or long[-1] in data_words("person_verb_chars.txt")  # `县长李红给`: 给 is the verb
        or not HAN.match(long[-1])
        or text[at + 2 : at + 3] in data_words("person_aspect_marks.txt")  # `吴达骑着`: 骑 is the verb
        # `院长金哲任组长`: a verb of office (data/post_predicates.txt) before a title, no name's last character
        or (long[-1] in data_words("post_predicates.txt") and text.startswith(title_words(), at + 2))
        or counts_what_follows(text, at + 1)  # `副县长李明六次到卡点`: 六 counts the visits
        or starts_a_time_word(text, at + 1)  # `国务委员吴仪今天下午`
        or text.startswith(data_longest_first("person_adverbs_after.txt"), at + 1)  # `市长王平特意向记者`
        or adverb_before_verb(text, at + 1)  # `县长王刚都说好`
        or _manner_word_at(text, at + 1)  # `镇长王刚欣慰地说`
    )
    if (
        not short_then_word
        and long[-1] in function_surnames("preposition")
        and is_common_word(text[at + 2 : at + 4])
        and not joins_nothing
    ):
        short_then_word = True  # `王军向记者介绍`: 向 is the preposition before 记者, not the name's end
    if (
        not short_then_word
        and is_common_word(text[at + 1 : at + 3])
        and not _doubled_manner_word_at(text, at + 2)
    ):
        # 陈楚强调: 强调 is a word, so the name is 陈楚; but 黄红杰出席, 张建国会同, 张和平静静地: the word after three wins,
        # and so does a verb of report right after three (`赵光正说`: 正说 is a word too)
        short_then_word = not starts_own_word(text, at + 2) and report_pattern().match(text, at + 2) is None
    if surname == 2 and short_then_word:
        return short  # `欧阳雪说`
    if (
        surname == 2
    ):  # `东方国栋`: a double surname that is also an everyday word (东方) opens the name all the same
        return long if _plausible(long, checked_by_model=True) else short
    if not short_then_word and _plausible(long, joins_nothing=joins_nothing):
        return long
    if short_then_word and _plausible(short, joins_nothing=_ends_a_name(text, at)):  # `左和。`, `范和汇报`
        return short
    return None


def _manner_word_at(text: str, at: int) -> bool:
    """A word of the lexicon (jieba's) starts at `at` and a mark of manner follows it (`欣慰地说`, `深情地`:
    data/person_manner_marks.txt): the word says how the clause's act is done, and no name ends inside it."""
    return listed_as(text[at : at + 2]) == "W" and text[at + 2 : at + 3] in data_words(
        "person_manner_marks.txt"
    )


def counts_what_follows(text: str, at: int) -> bool:
    """The character at `at` is a numeral counting the measure word or unit of time after it (`六次到卡点`,
    `两天没回家`: data/person_counted_words.txt), which begins no everyday word with the next character
    (`王小二次日`: 次日, the next day): the numeral, no name's last character."""
    word = next(
        (w for w in data_longest_first("person_counted_words.txt") if text.startswith(w, at + 1)), None
    )
    return (
        word is not None
        and text[at : at + 1] in data_table("numerals.tsv")
        and not is_common_word(text[at + 1 : at + 3])
    )


def adverb_before_verb(text: str, at: int) -> bool:
    """The character at `at` is an adverb or a modal that ends no given name (都, 曾: data/person_clause_adverb_chars.txt)
    right before a verb of report or of the response (`王刚都说好`, `李明曾带队`): the clause's adverb, no name's last
    character (`王德全汇报`: 全 ends names). Shared with the model's trims (ner/merge.py)."""
    return text[at : at + 1] in data_words("person_clause_adverb_chars.txt") and bool(
        report_pattern().match(text, at + 1) or act_pattern().match(text, at + 1)
    )


def starts_a_time_word(text: str, at: int) -> bool:
    """A word of time starts at `at` (今天, 当天: data/person_time_words.txt): no name's last character. Shared
    with the model's trims (ner/merge.py)."""
    return text[at : at + 2] in data_words("person_time_words.txt")


def starts_own_word(text: str, at: int) -> bool:
    """A word starts at `at` that the name before it does not share: an everyday word (出席) or a verb that
    follows names (会同, data/person_verbs_after.txt). `张建国会同`: 国会 is a word too, but 会同 after the
    whole name is the clause's verb. Shared with the model's trims (ner/merge.py)."""
    return is_common_word(text[at : at + 2]) or text[at : at + 2] in data_words("person_verbs_after.txt")


def _ends_a_name(text: str, at: int) -> bool:
    """The conjunction or preposition character at `at` (和, 与, 及, 向: data/person_function_surnames.tsv) joins
    nothing there, and ends a given name (so does a modal or adverb before punctuation: `郭振应,`): punctuation
    follows (`左和。`, `朱冲及、`), a verb of report (`李长和说`),
    an adverb of the clause (`张辉向先后前往`: data/person_adverbs_after.txt), a doubled word of manner (`长长地`) or
    a verb of office and its title (`杜用和任组长`)."""
    char = text[at : at + 1]
    after = text[at + 1 : at + 2]
    if char in function_surnames("modal", "adverb"):  # `郭振应,`: no modal stands before punctuation
        return bool(after) and not HAN.match(after) and not after.isdigit()
    if char not in function_surnames("preposition", "conjunction"):
        return False
    coverb = char in conjunction_surnames() and after in data_words("person_clause_coverbs.txt")
    return bool(
        (after and not HAN.match(after) and not after.isdigit())
        or _conjunction_before_report(text, at)
        or text.startswith(data_longest_first("person_adverbs_after.txt"), at + 1)
        or (after in data_words("post_predicates.txt") and text.startswith(title_words(), at + 2))
        or (coverb and not is_common_word(text[at + 1 : at + 3]))  # `唐用和在村民微信群里`, not `和在场干部`
        # `胡和和同事们`: the second 和 joins, the first ends the name (but `李刚和和平村主任`: 和平, a place's name)
        or (after == char and text[at + 1 : at + 3] not in data_words("place_name_words.txt"))
        or _doubled_manner_word_at(text, at + 1)  # `闫用和长长地松了口气`
    )


def _doubled_manner_word_at(text: str, at: int) -> bool:
    """A doubled character and a mark of manner at `at` (`长长地`, `默默地`: data/person_manner_marks.txt): how the
    clause's act is done; nothing before it joins it as a conjunction's second term."""
    return (
        bool(text[at : at + 1])
        and text[at] == text[at + 1 : at + 2]
        and text[at + 2 : at + 3] in data_words("person_manner_marks.txt")
    )


def _conjunction_before_report(text: str, at: int) -> bool:
    """`村民李长和说`: the conjunction-like character at `at` (和 与 及) comes right before a verb of report
    (data/person_reports.tsv), where no conjunction stands: it ends the name. So it does before a verb of the
    response (data/person_clause_verbs.txt) whose clause describes nobody (`鲍远和参加调研督导`, `曹冲及出席会议`;
    but `王明和参加会议的干部`: 的 makes the verb's phrase a noun's, which 和 joins)."""
    if text[at : at + 1] not in conjunction_surnames():
        return False
    if report_pattern().match(text, at + 1) is not None:
        return True
    clause = re.match(r"[\u4e00-\u9fff]*", text[at + 1 :]).group()
    links = data_words("post_as_links.txt")  # 的
    return act_pattern().match(text, at + 1) is not None and not any(c in links for c in clause)


def _runs_into_place(text: str, end: int) -> bool:
    """`天义镇长青社区`: the would-be name 青社 ends inside a place's ending (社区, data/place_village_suffixes.txt and
    place_township_suffixes.txt); the title before it (镇长) was the town's name and that place's start."""
    endings = (*data_words("place_village_suffixes.txt"), *data_words("place_township_suffixes.txt"))
    return any(len(e) == 2 and text.startswith(e, end - 1) for e in endings)


def _runs_into_title(text: str, start: int, length: int) -> bool:
    """`网格员和志愿者`: the would-be name 和志愿 is cut out of a title word that goes on after it."""
    first = _title_word_pattern().search(text[start : start + length + 4])  # the title written first
    return first is not None and first.start() < length


def is_surname_and_address(name: str) -> bool:
    """`鲁先生`, `刘女士`: a surname and a form of address (data/person_honorifics.txt), no name; a form of
    one character only right after a surname (`陈伯`, `欧阳姨`: `王建伯` may be a name). So is a mark of familiar
    address and a surname alone (`老林`, `小王`: data/person_nickname_marks.txt)."""
    single, double = surnames()
    if name[:1] in data_words("person_nickname_marks.txt") and (name[1:] in single or name[1:] in double):
        return True
    if is_surname_and_title(name):
        return True  # `仝县长`, `王书记`: addressed by surname and post
    for word in data_words("person_honorifics.txt"):
        rest = name[: -len(word)]
        surname_only = rest in single or rest in double
        if name.endswith(word) and (surname_only if len(word) == 1 else 1 <= len(rest) <= 2):
            return True
    return False


def holds_no_name(name: str) -> bool:
    """A character stands for a withheld name (`张某`: data/person_placeholders.txt) or is a personal pronoun
    (`向他`: data/person_pronoun_chars.txt; but a transliterated name spells sounds, `切他·他那乍罗`), or an
    aspect particle follows its first character (`冒着严`: data/person_aspect_marks.txt): the would-be name is
    none to report."""
    pronouns = data_words("person_pronoun_chars.txt") if "·" not in name else frozenset()
    if any(c in data_words("person_placeholders.txt") or c in pronouns for c in name):
        return True
    if name[1:2] in data_words("person_aspect_marks.txt"):  # `记者冒着严寒`: 冒 is a verb
        return True
    # `村医包一户`: a count (a numeral, then its measure word: data/quantity_units.txt) where the given name would be
    units = data_words("quantity_units.txt")
    return any(
        name[i] in data_table("numerals.tsv") and name[i + 1] in units for i in range(1, len(name) - 1)
    )


def _plausible(name: str, *, checked_by_model: bool = False, joins_nothing: bool = False) -> bool:
    """A surname first, no title inside (`任组长` is a post, not a person) and no anonymized 某; no everyday
    word first. A name the model will check (`checked_by_model`) may have no listed surname or be a word. No
    name ends in a particle or a conjunction, but one whose last character joins nothing where it stands
    (`joins_nothing`: before a verb of report, an adverb, punctuation; _ends_a_name) may end in the character of a
    conjunction (`李长和说`, `左和。`)."""
    return (
        (checked_by_model or (looks_like_name(name) and not is_common_word(name[:2])))
        and not holds_no_name(name)
        and (
            name[-1] not in data_words("person_never_ends.txt")
            or (joins_nothing and name[-1] in conjunction_surnames())
        )
        and not name.startswith(data_longest_first("person_not_names.txt"))
        and not holds_a_title(name)
        and not is_surname_and_address(name)
        and name[:1] != name[1:2]  # `天刚蒙蒙亮`: a doubled word, no surname and given name
    )
