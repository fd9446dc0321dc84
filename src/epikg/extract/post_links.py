"""Posts linked to a name other than by the titles right before it: a bare title right after it
(`张明县长`), a title phrase after a verb of office (`仲华担任总指挥`) or set off by commas (`王芳,县疾控中心主任,
她说`), and one between 身为 and 的 right before it (`身为村委的邹淑云`)."""

from __future__ import annotations

import re
from functools import cache

from epikg.extract.organizations import CLAUSE_ENDS, Locality, Prefix, place_prefix
from epikg.extract.post_bodies import post_place, title_and_body
from epikg.extract.post_phrases import MAX_AFTER_VERB, MAX_SEGMENT, phrase_breaks, predicates
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    Title,
    alternation,
    data_groups,
    data_longest_first,
    data_words,
    digits_class,
    ends_cleanly,
    list_line,
    looks_like_body,
    past_spaces,
    phrase_ends_at,
    read_data_lines,
    title_ending_at,
    titles,
    two_character_words,
    word_pattern,
)
from epikg.read.tables import rosters, table_rows
from epikg.records import Mention, Place, Post


def _job_ends(text: str, end: int) -> bool:
    """`感谢王芳医生!`, `王勇医生每天坚守`, `孙超民警连夜赶到`: a job many hold (data/person_group_nouns.txt) right
    after a name is its title where the phrase ends there: at punctuation, a character that follows names
    (lexicon.ends_cleanly), or a two-character word (每天, 连夜, 详细: lexicon.two_character_words) that starts
    there."""
    return ends_cleanly(text, end) or text[end : end + 2] in two_character_words()


def _title_ends(text: str, end: int) -> bool:
    """`张明县长说`, `孙清芳副主任叫至床前`, `江泽民总书记题写`: a title right after a name ends where the phrase
    does (lexicon.phrase_ends_at) or where its last character makes no word with the next (`李明局长期盼`: 长期)."""
    return phrase_ends_at(text, end) or text[end - 1 : end + 1] not in two_character_words()


@cache
def second_post_joiners() -> tuple[str, ...]:
    """The joiners of one person's posts that list no names (data/post_title_joiners.txt, but 、), longest first."""
    return tuple(w for w in data_longest_first("post_title_joiners.txt") if not w.startswith(LIST_COMMA))


def _second_post_at(text: str, at: int) -> bool:
    """A joiner of one person's two posts right at `at`, or opening a bracket there: `副县长兼县公安局局长`,
    `书记(兼镇疫情防控指挥部指挥长)`."""
    return text.startswith(second_post_joiners(), at + text.startswith("(", at))


def _appositions() -> tuple[str, ...]:
    """`(`, `,女,`: a title phrase after these describes the name before (`张爱民(县疾控中心主任)`)."""
    return tuple(sorted(data_words("post_appositions.txt"), key=len, reverse=True))


def posts_after(
    text: str,
    person: Mention,
    person_ends: set[int],
    person_starts: set[int],
    places: dict[str, Place],
    locality: Locality,
) -> list[Post]:
    """`张明县长说`: a bare title right after the name (`钱立新 县长 在会上强调`: or set apart by spaces);
    `仲华担任总指挥`: a title phrase after a verb of office."""
    end = person.end
    title = _title_starting_at(text, end)
    spaced = past_spaces(text, end)
    if title is None and spaced > end and (title := _title_starting_at(text, spaced)) is not None:
        after = past_spaces(text, spaced + len(title.word))
        if after in person_starts or not ends_cleanly(text, after):
            title = None  # `记者 马宁 通讯员 白洁`: the title after the spaces is the next name's
        else:
            end = spaced
    before = title_ending_at(text, person.start - 1)
    in_title_list = (
        text[person.start - 1 : person.start] == LIST_COMMA
        and before is not None
        # `李志军镇长、郑玉副镇长`: the title before 、 is a name's own, and the list one of names
        and person.start - 1 - len(before.word) not in person_ends
    )
    job = title is not None and title.word in data_words("person_group_nouns.txt")
    if (
        title is not None
        and title.is_post
        and (not job or _job_ends(text, end + len(title.word)))
        and not in_title_list  # `党委委员、宣统委员`: a list of titles, whatever a model read in it
    ):
        title_end = end + len(title.word)
        if title_end not in person_starts and (job or _title_ends(text, title_end)):
            title_text, body = title_and_body(title.word, title, None, locality)
            first = Post(person.text, title_text, body, person.start, title_end)
            if not _second_post_at(text, title_end):
                return [first]
            # `陈宏伟副县长兼县公安局局长`, `何晓军书记(兼镇疫情防控指挥部指挥长)`: the rest read as after the name
            stand_in = Mention(person.text, person.type, person.start, title_end, person.source)
            return [first, *posts_after(text, stand_in, person_ends, person_starts, places, locality)]
    copulas = tuple(data_words("post_copulas.txt"))
    # `李强同志任副指挥长`: an address between the name and the verb of office
    end += next(
        (len(w) for w in data_longest_first("person_address_words.txt") if text.startswith(w, end)), 0
    )
    # `王芳开始担任`, `李强曾任`: an adverb between the name and the verb of office or copula
    end += next(
        (
            len(w)
            for w in data_longest_first("post_verb_adverbs.txt")
            if text.startswith(w, end) and text.startswith(predicates() + copulas, end + len(w))
        ),
        0,
    )
    # `王芳在县人民医院担任护士长`: the unit she works in between the name and the verb of office
    unit, end = _unit_before_verb(text, end)
    predicate = next((p for p in predicates() + _appositions() + copulas if text.startswith(p, end)), None)
    if predicate is None and text.startswith(",", end) and _past_profile(text, end + 1) > end + 1:
        predicate = ","  # `张小红,汉族,中共党员,现任...`: a profile
    if predicate is None:
        predicate = _spaces_before_titles(text, end)  # `组长:李明  县委书记`: a list line's column of posts
    if predicate is None:
        return []
    start = end + len(predicate)
    # a bracket, a profile or a column after the name
    described = predicate == "," or predicate in _appositions() or predicate[:1] in " \u3000"
    if described:
        start = _past_profile(text, start)
    # `张丽是一名网格员`: the post without its count (data/post_counters.txt)
    start += next((len(w) for w in data_longest_first("post_counters.txt") if text.startswith(w, start)), 0)
    posts: list[Post] = []
    # the first post's place, which a later post of its level is in (`杨家村党支部书记、村委会主任`)
    shared = None
    while True:
        stop = _phrase_end(text, start, MAX_AFTER_VERB)
        if posts and any(start <= at < stop for at in person_starts):
            return posts  # `校长白玉山任组长、副校长那日苏任副组长`: the next phrase is another person's
        # not `张三为群众服务`
        found = _closed_by_title(text, person, start, stop, places, locality, shared, unit=unit)
        if predicate in data_words("post_as_clause_words.txt"):
            # `侯文斌作为分管负责人,负有直接责任`: a share of the blame, no post
            found = [
                p for p in found if not p.title.endswith(data_longest_first("post_responsibility_shares.txt"))
            ]
        shared = shared or (post_place(text[start:stop], places) if found else None)
        if not found and not posts and text[stop : stop + 1] in data_words("post_phrase_ends.txt"):
            return _post_after_de(text, person, start, stop, places, locality)
        posts += found
        # `陈家宝(村党支部书记、村委会主任)`, `方桂英,女,现任下溪村党支部书记、村委会主任`: in a bracket or a profile,
        # a title phrase joined to the next by 、 (after a verb of office, the next is often another's: `周力农为
        # 第一指挥长、党委副书记、镇长陈楚为指挥长`)
        if found and _joins_a_second_post(text, start, stop):
            start = stop + 1  # `现任县委书记兼县人大常委会主任`: 兼 joins the same person's second post
            continue
        if not (
            found
            and text.startswith(LIST_COMMA, stop)
            and (described or _titles_to_clause_end(text, stop + 1))
        ):
            return posts
        start = stop + 1


def post_after_list(
    text: str, person: Mention, ends: dict[int, int], joiners: frozenset[str], locality: Locality
) -> list[Post]:
    """`李明亮、孙德胜等县领导参加`, `张丽、王强两位网格长`: a post title right after a list of names and a word that
    closes it (data/post_list_closers.txt), the phrase ending after the title, is each name's. `ends` maps where
    each person mention starts to where it ends."""
    at = person.end
    while text[at : at + 1] in joiners and at + 1 in ends:
        at = ends[at + 1]  # past the names listed after this one
    closer = next((w for w in data_longest_first("post_list_closers.txt") if text.startswith(w, at)), None)
    if closer is None:
        return []
    title = _title_starting_at(text, at + len(closer))
    if title is None or not title.is_post:
        return []
    title_end = at + len(closer) + len(title.word)
    word = text[title_end : title_end + 2]
    if not (
        ends_cleanly(text, title_end)
        or word in data_words("person_verbs_after.txt")
        or (word in two_character_words() and not looks_like_body(title.word + word))
    ):
        return []  # `等县领导小组成员`: the title goes on into a body's name (but `等县领导分别带队`, `网格长每天`)
    title_text, body = title_and_body(title.word, title, None, locality)
    return [Post(person.text, title_text, body, person.start, title_end)]


def post_after_listed_names(
    text: str, person: Mention, ends: dict[int, int], locality: Locality
) -> list[Post]:
    """`由县委书记邸海涛、县长靳立伟任指挥长`: names listed by 、 (each maybe after a title of its own), then a
    verb of office (data/post_predicates.txt) and a title: the title is each listed name's; the last name's own
    reading (posts_after) gives it to that one. `ends` maps where each person mention starts to where it ends."""
    at = person.end
    while text.startswith(LIST_COMMA, at):
        following = min((s for s in ends if at < s <= at + _TITLE_BEFORE_NEXT), default=None)
        if following is None:
            return []
        between = text[at + 1 : following]
        title = title_ending_at(text, following) if between else None
        if between and (title is None or not between.endswith(title.word)):
            return []  # `张明、各村干部`: the list goes on with no name of its own
        at = ends[following]
    if at == person.end:
        return []
    verb = next((v for v in predicates() if text.startswith(v, at)), None)
    title = _title_starting_at(text, at + len(verb)) if verb is not None else None
    if title is None or not title.is_post or not ends_cleanly(text, at + len(verb) + len(title.word)):
        return []
    title_text, body = title_and_body(title.word, title, None, locality)
    return [Post(person.text, title_text, body, person.start, at + len(verb) + len(title.word))]


# characters from a list's 、 to the next name, a title between (`、县委常委、常务副县长`)
_TITLE_BEFORE_NEXT = 12


def _unit_before_verb(text: str, end: int) -> tuple[str, int]:
    """`王芳在县人民医院担任护士长`: after a preposition of place (data/post_unit_prepositions.txt), the unit up to
    a verb of office in the same clause, and where the verb starts; ("", end) where none is."""
    at = next(
        (end + len(w) for w in data_longest_first("post_unit_prepositions.txt") if text.startswith(w, end)),
        end,
    )
    if at == end:
        return "", end
    stop = at
    while stop < len(text) and stop - at <= MAX_SEGMENT and HAN.match(text[stop]):
        if stop > at and text.startswith(predicates(), stop):
            return text[at:stop], stop
        stop += 1
    return "", end


def _post_after_de(
    text: str, person: Mention, start: int, de: int, places: dict[str, Place], locality: Locality
) -> list[Post]:
    """`李梅是城关镇卫生院的一名护士`, `杨秀英是村里的网格员`: after a copula, a unit, 的 and a post closed by a title
    word (its count skipped: data/post_counters.txt) where no title closes the phrase before 的; the unit is the
    post's body where it names one (a body's ending or a place)."""
    after = de + 1
    after += next((len(w) for w in data_longest_first("post_counters.txt") if text.startswith(w, after)), 0)
    stop = _phrase_end(text, after, MAX_SEGMENT)
    if text[stop : stop + 1] and HAN.match(text[stop]) and not _closes_the_post(text, after, stop):
        return []  # `是县长的女儿`, `是大家的主心骨`: no post closes the phrase
    return _closed_by_title(text, person, after, stop, places, locality, unit=text[start:de])


def _phrase_end(text: str, start: int, longest: int) -> int:
    """Where a post's phrase starting at `start` ends: at most `longest` Han characters, stopping at a character
    that ends one (data/post_phrase_ends.txt) or where the post closes."""
    stop = start
    while (
        stop < len(text)
        and stop - start < longest
        and HAN.match(text[stop])
        and text[stop] not in data_words("post_phrase_ends.txt")
        # the post closes (_closes_the_post) or 兼 joins a second one (_joins_a_second_post)
        and not _a_title_then(text, start, stop, (*_tail_words(), *_second_post_joiners()))
    ):
        stop += 1
    return stop


def _a_title_then(text: str, start: int, at: int, words: tuple[str, ...]) -> bool:
    """A title word of the phrase that starts at `start` ends at `at`, and one of `words` starts there."""
    title = title_ending_at(text, at)
    return title is not None and at - len(title.word) >= start and text.startswith(words, at)


@cache
def _tail_words() -> tuple[str, ...]:
    return data_longest_first("post_tail_words.txt")


@cache
def _second_post_joiners() -> tuple[str, ...]:
    return tuple(j for j in data_longest_first("post_title_joiners.txt") if j != LIST_COMMA)


def _joins_a_second_post(text: str, start: int, at: int) -> bool:
    """`现任平江县委书记兼县人大常委会主任`: a title ends at `at` and a joiner of posts other than 、 stands there
    (data/post_title_joiners.txt: 兼): a second post of the same person follows."""
    return _a_title_then(text, start, at, _second_post_joiners())


def _closes_the_post(text: str, start: int, at: int) -> bool:
    """`担任村党支部书记一职已有8年`, `任副局长以来`: a title ends at `at` and a word that follows a post
    (data/post_tail_words.txt) starts there: the phrase closes."""
    return _a_title_then(text, start, at, _tail_words())


def _titles_to_clause_end(text: str, start: int) -> bool:
    """`是红星村党支部书记、村委会主任。`: from `start` to the clause's end (or a word that follows posts), 、-joined
    phrases each closed by a title word, no verb of office among them (`周力农为第一指挥长、党委副书记、镇长陈楚为
    指挥长`: the list runs into another's post)."""
    end = start
    while (
        end < len(text)
        and (HAN.match(text[end]) or text[end] == LIST_COMMA)
        and not _closes_the_post(text, start, end)
    ):
        end += 1
    if (
        end == start
        or end < len(text)
        and text[end] not in CLAUSE_ENDS
        and not _closes_the_post(text, start, end)
    ):
        return False  # `担任红星村党支部书记、村委会主任一职`: a word that follows posts closes the list too
    segments = text[start:end].split(LIST_COMMA)
    at = start
    for segment in segments:
        at += len(segment)
        title = title_ending_at(text, at)
        if (
            title is None
            or len(segment) > MAX_SEGMENT
            or any(
                p in segment[: -len(title.word)] for p in predicates() + tuple(data_words("post_copulas.txt"))
            )
        ):
            return False
        at += 1
    return True


@cache
def _profile_attribute() -> re.Pattern[str]:
    return word_pattern(read_data_lines("post_profile_attributes.txt"))


def _spaces_before_titles(text: str, end: int) -> str | None:
    """`副组长:王强  县委副书记、县长`, `姓名:张建国  职务:城关镇党委书记  电话:…`: spaces after the name (or a line
    break before a labelled field: a card's), maybe a field's label (data/post_field_labels.txt) and its colon,
    then a field of nothing but 、-joined post phrases, each closed by a title, that ends the line or comes before
    the next labelled field: what stands between the name and its posts, else None (`记者 马宁 通讯员 白洁`: the
    title is the next name's)."""
    start = past_spaces(text, end)
    labels = [w + ":" for w in data_longest_first("post_field_labels.txt")]
    if text.startswith("\n", start) and any(text.startswith(w, start + 1) for w in labels):
        start += 1  # a card's fields on lines of their own (`姓名:钟国华` / `职务:县人民医院急诊科主任`)
    if start == end:
        return None
    label = next((w for w in labels if text.startswith(w, start)), "")
    start += len(label)
    field = _FIELD.match(text, start)
    if field is None or not _FIELD_END.match(text, field.end()):
        return None
    at = start
    for phrase in field.group().split(LIST_COMMA):
        at += len(phrase)
        if not (
            0 < len(phrase) <= MAX_SEGMENT and all(HAN.match(c) for c in phrase) and title_ending_at(text, at)
        ):
            return None
        at += 1
    return text[end:start]


_FIELD = re.compile(r"[^\s:]+")
_FIELD_END = re.compile(r"[ \u3000]*(?:\n|$)|[ \u3000]+[\u4e00-\u9fff]{1,6}:")


def _past_profile(text: str, start: int) -> int:
    """`张小红,女,汉族,中共党员,现任红星村党支部书记`: past the profile's comma-set attributes (data/
    post_profile_attributes.txt) and a verb of office or copula after them (`,女,系`), to where the post phrase
    starts."""
    at = start
    while (segment := re.match(r"[^,。;]{1,12},", text[at : at + 13])) and _profile_attribute().fullmatch(
        segment.group()[:-1]
    ):
        at += segment.end()
    verbs = predicates() + data_longest_first("post_copulas.txt")
    return at + next((len(v) for v in verbs if text.startswith(v, at)), 0)


def post_after_comma(text: str, person: Mention, places: dict[str, Place], locality: Locality) -> list[Post]:
    """`王芳,县疾控中心主任,她说`, `张振华,县委副书记、县长,就...`: post phrases between a comma and a mark
    that closes them (data/post_comma_appositions.tsv), after a name with no post before it; each phrase of a
    、-list closed by a title word, or none is the name's."""
    marks = data_groups("post_comma_appositions.tsv")
    opener = next((m for m in marks["opens"] if text.startswith(m, person.end)), None)
    if opener is None:
        return []
    # `潘国庆,是一名出租车司机`: past a copula and its count, as after a profile
    start = _past_profile(text, person.end + len(opener))
    start += next((len(w) for w in data_longest_first("post_counters.txt") if text.startswith(w, start)), 0)
    stop = start
    ends = data_words("post_phrase_ends.txt")  # `杨秀英,是村里的网格员`: a description, no post phrase
    while (
        stop < len(text)
        and stop - start < 2 * MAX_SEGMENT
        and (HAN.match(text[stop]) or text[stop] == LIST_COMMA)
        and text[stop] not in ends
    ):
        stop += 1
    if text[stop : stop + 1] not in marks["closes"]:
        return []
    return _each_closed_by_title(text, person, start, text[start:stop], places, locality)


def posts_in_list_line(
    text: str, person: Mention, places: dict[str, Place], locality: Locality
) -> list[Post]:
    """`张秀兰(女) 冶源镇党委副书记、镇长`: the posts after a name opening a line of a list (epikg.lexicon.list_line),
    each title phrase of the line closed by a title word."""
    line = list_line().match(text, person.start)
    if line is None or line.end("name") != person.end or (person.start and text[person.start - 1] != "\n"):
        return []
    posts, start, shared = [], line.start("post"), None
    # `覃福生(壮族,县人民医院主治医师,省援鄂医疗队队员)`: the bracket's commas part its posts too
    for segment in re.split(rf"[{LIST_COMMA},]", line.group("post")):
        posts += _closed_by_title(text, person, start, start + len(segment), places, locality, shared)
        shared = shared or post_place(segment, places)
        start += len(segment) + 1
    return posts


def posts_in_table(text: str, person: Mention, places: dict[str, Place], locality: Locality) -> list[Post]:
    """`姓名 单位 职务` / `张明 城关镇人民政府 副镇长`: the post beside a name in a table of people
    (epikg.read.tables), in the unit of its row where the post names none."""
    for row in table_rows(text):
        name, post = row.get("name"), row.get("post")
        if name and post and (name.start, name.end) == (person.start, person.end):
            unit = row["body"].text if "body" in row else ""
            return _closed_by_title(text, person, post.start, post.end, places, locality, unit=unit)
    return []


def posts_in_roster(text: str, person: Mention, places: dict[str, Place], locality: Locality) -> list[Post]:
    """`网格员联系方式:` / `锦江花园1-6号楼:佟丽娜 138****2316`, `附:滨江名都小区楼栋长名单` / `1栋:冉启华 2栋:朱小琴`:
    a name of a roster's items (epikg.read.tables.rosters) holds the post whose title closes the roster's header."""
    for roster in rosters(text):
        if not any((cell.start, cell.end) == (person.start, person.end) for cell in roster.names):
            continue
        title = title_ending_at(text, roster.word)
        if title is None or not title.is_post:
            return []
        # past a label before the roster's name (`附:`)
        opens = text.rfind(":", roster.start, roster.word - len(title.word)) + 1 or roster.start
        # the body or place before the title where the header names one (`东湖社区网格员名单`), not a compound's
        # name (`滨江名都小区楼栋长名单`: the title alone)
        unit = text[opens : roster.word - len(title.word)]
        segment = text[opens : roster.word] if looks_like_body(unit) or _a_place(unit, places) else title.word
        title_text, body = title_and_body(segment, title, post_place(segment, places), locality, None)
        return [Post(person.text, title_text, body, person.start, person.end)]
    return []


def _closed_by_title(
    text: str,
    person: Mention,
    start: int,
    stop: int,
    places: dict[str, Place],
    locality: Locality,
    shared: Prefix | None = None,
    *,
    unit: str = "",
) -> list[Post]:
    """The person's post where a title word closes the phrase from `start` to `stop`; none where none does.
    `shared` is the place of an earlier post of the list (`杨家村党支部书记、村委会主任`: 杨家村委会); `unit` the
    body or place written apart before the phrase (`在县人民医院担任`), the post's body where it names one."""
    title = title_ending_at(text, stop)
    if title is None or not title.is_post or stop - len(title.word) < start:
        return []
    segment = text[start:stop]
    if unit and (looks_like_body(unit) or _a_place(unit, places)):
        # `在县人民医院担任护士长`, `是城关镇卫生院的护士`: the unit is the post's body
        segment = unit + segment
    title_text, body = title_and_body(segment, title, post_place(segment, places), locality, shared)
    return [Post(person.text, title_text, body, person.start, stop)]


def _a_place(text: str, places: dict[str, Place]) -> bool:
    """The whole of `text` is a place's name as written (`东湖社区`, `红星村`)."""
    prefix = place_prefix(text, places)
    return prefix is not None and prefix.written == text


def post_as(text: str, person: Mention, places: dict[str, Place], locality: Locality) -> list[Post]:
    """`身为村委的邹淑云`: a post between 身为 or 作为 (data/post_as_words.txt) and 的 right before the name; of
    two such words, the nearer."""
    end = person.start - 1
    # `作为村党支部书记,王芳每天...`: a clause opening with 作为 or 身为 (data/post_as_clause_words.txt) and
    # closed by a title, right before the name that is its subject
    clause = end >= 1 and text[end] == ","
    if end < 1 or not clause and text[end] not in data_words("post_as_links.txt"):
        return []
    held = _held_for().search(text, max(0, end - 8), end) if not clause else None
    if held is not None and held.end() == end:
        end = held.start()  # `担任村党支部书记20年的孙德旺`: how long the post has been held, before 的
    title = title_ending_at(text, end)
    if title is None or not title.is_post:
        return []
    words = data_words("post_as_clause_words.txt" if clause else "post_as_words.txt")
    found = ((text.rfind(word, max(0, end - MAX_SEGMENT), end - len(title.word) + 1), word) for word in words)
    # the word nearest the title first (`作为现任东湖社区主任的`: 现任), the same whatever the set's order
    for at, word in sorted(((at, w) for at, w in found if at >= 0), key=lambda f: (-f[0], -len(f[1]), f[1])):
        segment = text[at + len(word) : end]
        if (
            not segment
            or not all(HAN.match(c) or c == LIST_COMMA for c in segment)
            or segment[0] in phrase_breaks()
        ):
            continue
        if clause and at > 0 and text[at - 1] not in CLAUSE_ENDS:
            continue  # `他作为村医,...`: the clause has its own subject
        if LIST_COMMA in segment:
            return _each_closed_by_title(text, person, at + len(word), segment, places, locality)
        title_text, body = title_and_body(segment, title, post_place(segment, places), locality)
        return [Post(person.text, title_text, body, at + len(word), person.end)]
    return []


@cache
def _held_for() -> re.Pattern[str]:
    """A number and a unit of data/post_tenure_words.txt: how long a post has been held."""
    return re.compile(rf"{digits_class()}+(?:{alternation(data_longest_first('post_tenure_words.txt'))})")


def _each_closed_by_title(
    text: str, person: Mention, start: int, phrase: str, places: dict[str, Place], locality: Locality
) -> list[Post]:
    """`作为红星村党支部书记、村委会主任的王芳`: each 、-joined part of a post phrase starting at `start`, every one
    closed by a title word (else none), later ones sharing the first's place."""
    posts: list[Post] = []
    shared = None
    for part in phrase.split(LIST_COMMA):
        found = _closed_by_title(text, person, start, start + len(part), places, locality, shared)
        if not found:
            return []
        posts += found
        shared = shared or place_prefix(part, places)
        start += len(part) + 1
    return posts


def _title_starting_at(text: str, start: int) -> Title | None:
    """The longest title word that starts at `start`; a deputy's mark and a post the table lists without it
    (`副主席`: data/title_deputy_marks.txt) are one."""
    table = titles()
    for length in range(min(max(map(len, table)), len(text) - start), 1, -1):
        title = table.get(text[start : start + length])
        if title is not None:
            return title
    mark = next((m for m in data_words("title_deputy_marks.txt") if text.startswith(m, start)), None)
    if (
        mark is not None
        and (post := _title_starting_at(text, start + len(mark))) is not None
        and post.is_post
    ):
        return Title(mark + post.word, True, post.body)
    return None


def post_by_assignment(
    text: str, person: Mention, places: dict[str, Place], locality: Locality
) -> list[Post]:
    """`组长由县委常委、政法委书记刘斌担任`, `副组长由黄涛、钟敏担任`: a clause that opens with a title (or the
    body it heads and the title: `综合协调组组长由陈军担任`) and 由
    (data/post_by_words.txt) and closes with a verb of taking a post (data/post_predicates.txt) gives the
    title to each name in it."""
    start = max((text.rfind(c, 0, person.start) for c in CLAUSE_ENDS), default=-1) + 1
    ends = [at for c in CLAUSE_ENDS if (at := text.find(c, person.end)) >= 0]
    end = min(ends, default=len(text))
    clause = text[start:end]
    by = next(
        (w for w in data_longest_first("post_by_words.txt") if 0 < clause.find(w) < person.start - start),
        None,
    )
    if by is None or not clause.endswith(predicates()):
        return []
    title_end = start + clause.find(by)
    title = title_ending_at(text, title_end)
    if title is None or not title.is_post:
        return []
    opening = text[start : title_end - len(title.word)]
    groups = data_groups("working_groups.tsv")["end"]
    if opening and title.body is not None and looks_like_body(opening + title.body):
        # `华溪村卡点临时党支部书记由…担任`: the body the title heads, named with the title's own body word
        title_text, body = title_and_body(opening + title.word, title, None, locality)
        return [Post(person.text, title.word, body, start, person.end)]
    if opening and not (looks_like_body(opening) or (len(opening) > 2 and opening.endswith(groups))):
        return []  # the title opens the clause, or follows the body it heads (`领导小组组长由…担任`)
    title_text, body = title_and_body(title.word, title, None, locality)
    return [Post(person.text, title_text, body, start, person.end)]
