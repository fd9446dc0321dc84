"""Names after a title (`县委书记黄荣定`, `副县长甲某、乙某`): the name a title introduces and the names
listed after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    body_ending_pattern,
    data_longest_first,
    data_table,
    data_words,
    in_a_body_ending,
    is_common_word,
    looks_like_body,
    looks_like_name,
    minority_name_at,
    past_post_notes,
    past_spaces,
    phrase_ends_at,
    posts_alone_on_line,
    surnames,
    titles,
    two_character_words,
    world_place_names,
)
from epikg.ner.char_features import listed_as
from epikg.ner.persons.names import (
    MODEL_CHECKED_NAME,
    RULE_SOURCE,
    act_pattern,
    conjunction_surnames,
    function_surnames,
    name_from,
    plainly_ends,
    plausible_name,
    report_pattern,
    runs_into_place,
    runs_into_title,
    speaks_elsewhere,
    surname_odds,
    title_pattern,
    title_word_pattern,
    title_words,
)
from epikg.records import EntityType, Mention

# --- a name after a title ----------------------------------------------------------------


def _list_opener_at(text: str, start: int) -> int:
    """The length of a word that opens a list of names right after a title (`县领导有刘建华、欧阳丽`:
    data/person_list_openers.txt), where a name and the list comma follow it; else 0."""
    for word in data_longest_first("person_list_openers.txt"):
        name = name_from(text, start + len(word)) if text.startswith(word, start) else None
        if name and text.startswith(LIST_COMMA, start + len(word) + len(name)):
            return len(word)
    return 0


def after_titles(text: str) -> list[Mention]:
    """`县委书记黄荣定`, `村支书石泽林`; after a group noun (`村民`) only a name that ends cleanly."""
    found = []
    for match in title_pattern().finditer(text):
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
        name_at = name_from(text, start)  # asked up to three times below: read once
        if (
            len(minority) >= 2
            and len(minority) >= len(name_at or "")
            and phrase_ends_at(text, start + len(minority))  # not `萨仁` of 萨仁高娃
        ):
            # `嘎查委员会主任乌力吉图`: a name with no surname, of the parts such names are made of
            found.append(Mention(minority, EntityType.PERSON, start, start + len(minority), RULE_SOURCE))
            found += _listed_after(text, start + len(minority))
            continue
        credited = _credited_name(text, start) if match.group() in data_words("byline_roles.txt") else None
        if credited:  # `记者江山报道:`
            found.append(Mention(credited, EntityType.PERSON, start, start + len(credited), RULE_SOURCE))
            continue
        if name_at is None and (placed := _name_opening_with_a_place_word(text, start)):
            found.append(Mention(placed, EntityType.PERSON, start, start + len(placed), RULE_SOURCE))
            continue
        if name_at is None:
            item = _closed_list_item(text, start)
            listed = _listed_after(text, start + len(item)) if item else []
            if item and _a_verb_after_a_coverbs_title(text, match.start(), item):
                continue  # `被专家冷落、封杀`: the title is the coverb's object, verbs follow it
            if item and listed:  # `副镇长叶子豪、覃海燕`: the first of a list of names, as its form shows
                found += [Mention(item, EntityType.PERSON, start, start + len(item), RULE_SOURCE), *listed]
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
        odds = surname_odds(name[0]) if name[:2] not in surnames()[1] else None
        # `“北大院士文库”`: a word closing a quoted name (a series, a team) is no name plainly ended
        closes_a_quote = text[end : end + 1] in data_table("org_quote_marks.tsv").values()
        # `四、群众关切`: a group noun and an everyday word ending a line are a heading's noun phrase
        heading = group_noun and text[end : end + 1] in ("\n", "")
        # `护士向晓琳家住塘头镇`: a given name of two characters that are no word, no place's level and no scope is
        # the name's, where 向 would have to govern a word (`护士向群众解释`, `县长向镇政府汇报`)
        rare = odds == "verb" or (odds == "rarely" and not _a_given_name_after_a_rare_surname(name))
        doubtful = (_reads_as_a_word(name) or rare) and (
            heading or closes_a_quote or not plainly_ends(text, end) or _an_aspect_mark_at(text, end)
        )
        # `干部包网格、包楼栋`: a surname that is also a verb of the genre (包: to take charge of) before an everyday
        # word is the verb and its object unless the model reads a name
        verb_and_object = odds == "verb" and listed_as(name[1:]) == "W"
        listed = _listed_after(text, end)
        # `县领导全优群、童伟达参加`: the first of a list of names is a name as its form shows, whatever its surname
        checked = verb_and_object or (
            (doubtful or odds == "never") and not (listed and text[end : end + 1] == LIST_COMMA)
        )
        checked = checked or (kin and not _kin_named(text, name, end))
        found.append(
            Mention(name, EntityType.PERSON, start, end, MODEL_CHECKED_NAME if checked else RULE_SOURCE)
        )
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
        plainly_ends(text, end) or act_pattern().match(text, end) or report_pattern().match(text, end)
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
    name = name_from(text, start)
    if (
        not name
        or runs_into_title(text, start, len(name))
        or runs_into_place(text, start + len(name))
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
        office = title_word_pattern().search(text, start + 1, start + 8)
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
        and not speaks_elsewhere(text, name)  # `指挥长全兴国…。全兴国强调`: a person the article speaks of
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
    MODEL_CHECKED_NAME; ner/merge/)."""
    names = []
    for length in (2, 3):
        name = text[start : start + length]
        if len(name) < length or not all(HAN.match(c) for c in name):
            break
        # `书记钦建明干脆把办公桌搬到了村口`: an adverb that opens the clause's predicate ends it too, the model agreeing
        ends = plainly_ends(text, start + length) or (
            length == 3 and text.startswith(data_longest_first("person_adverbs_after.txt"), start + length)
        )
        if ends and plausible_name(name, checked_by_model=True) and not runs_into_title(text, start, length):
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


def _listed_after(text: str, end: int) -> list[Mention]:
    """`县领导张明、李强、王芳`, `记者张明和王芳`: names joined by 、 (or a conjunction, 和 与 及) right after a
    title's name are listed under it too."""
    found = []
    while True:
        start = _next_in_list(text, end)
        if start is None or title_pattern().match(text, start) or _opens_a_post(text, start):
            break  # `副县长刘庆海、县政府党组成员彭茂盛`: a new post, not a name
        name = name_from(text, start)
        if (
            not name
            or runs_into_title(text, start, len(name))
            or not phrase_ends_at(text, start + len(name))
            or name[0] in function_surnames("adverb", "conjunction", "preposition")
            # `通讯员 邸振宇　　字号:大 中 小`: a character that hardly ever opens a name, past spaces, opens a label
            or surname_odds(name[0]) == "never"
        ):
            name = _closed_list_item(text, start)
        if not name:
            # the list's last name, where the rules cannot tell it from a word (`副乡长张伟、江涛、幸福林到`): the model's
            found += [
                Mention(n, EntityType.PERSON, start, start + len(n), MODEL_CHECKED_NAME)
                for n in _names_to_check(text, start)
                if text.startswith(LIST_COMMA, end)  # after 、, not a conjunction (`张伟和大家`)
            ]
            break
        found.append(Mention(name, EntityType.PERSON, start, start + len(name), RULE_SOURCE))
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
        and name_from(text, match.end()) is not None  # not `孙德胜等县领导分别带队`: no name after the title
        for match in title_pattern().finditer(text, start, run)
        if (known := titles().get(match.group())) is not None and known.is_post
    )


def _closed_list_item(text: str, start: int) -> str | None:
    """`副镇长叶子豪、覃海燕、谭德军`, `镇党委委员胡立新、于正清、朱春林`: an item of a list of names closed by 、 is a
    name where it looks like one (a listed surname, two to four characters), even where it starts like an everyday
    word (叶子) or a preposition (于): the list's form shows it is a name. Not a body (`卫健局、`) or a word of
    data/person_not_names.txt (`公安、`)."""
    for length in (2, 3, 4):
        item = text[start : start + length]
        if text.startswith(LIST_COMMA, start + length) and looks_like_name(item):
            plausible = plausible_name(item, checked_by_model=True) and not looks_like_body(item)
            return item if plausible and listed_as(item) != "W" else None
    return None


def _next_in_list(text: str, end: int) -> int | None:
    """Where the next name of a list starts after a name ending at `end`: after 、, a conjunction (和 与 及) or
    the spaces that pages set names apart with (`副县长 王建华 刘志强`)."""
    if text[end : end + 1] == LIST_COMMA:
        return end + 1
    if text[end : end + 1] in conjunction_surnames():
        # `张伟及时赶到`: a conjunction that begins a word (及时, 和谐) joins no names
        return None if is_common_word(text[end : end + 2]) else end + 1
    start = past_spaces(text, end)
    return start if start > end else None
