"""Which town a paragraph, a line or a sentence of a roundup is about (`【丰禾镇】`, `丰禾镇:` heading a line, a
sentence whose subject is a town or someone who holds a post there): its bare bodies, posts and measures are that
town's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from copy import copy
from functools import cache

from epikg.extract.place_divisions import Locality
from epikg.extract.place_roles import is_beyond
from epikg.lexicon import (
    alternation,
    data_groups,
    data_longest_first,
    data_words,
    is_common_word,
    numerals,
    read_data_lines,
)
from epikg.records import EntityType, Mention, Place, Post


class Paragraphs:
    """The article's locality paragraph by paragraph: a paragraph headed by a place (`【丰禾镇】...`, `古埠镇:...`:
    its name opens the line, set off by a bracket or a colon, as a roundup of towns writes it; a table's row, the
    line alone, whose first cell it is: `积石镇   联系人:韩学忠(副镇长)`), or opened by a
    town as its subject (`南坝镇是返乡人员较多的乡镇。镇党委书记...`), is about that place, so its bare bodies
    (`镇党委`), its posts and its unplaced measures are that place's; so is a sentence set in a town or village
    (`在圭峰,镇党委书记...`); elsewhere, the article's."""

    def __init__(self, text: str, mentions: Sequence[Mention], places: dict[str, Place], locality: Locality):
        self.default = locality
        self._spans: list[tuple[int, int, Locality]] = []
        towns = [
            (m.start, place.key)
            for m in mentions
            if m.type is EntityType.PLACE
            and (place := places.get(m.text)) is not None
            and place.level == "township"
        ]
        for mention in mentions:
            place = places.get(mention.text) if mention.type is EntityType.PLACE else None
            if place is None or place.level not in ("township", "county"):
                continue
            row_end = _heads_a_row(text, mention)
            if row_end is None and not (
                heads_a_line(text, mention)
                or (
                    place.level == "township"
                    and (opens_a_line(text, mention) or _the_lines_one_town(text, mention, place, towns))
                )
            ):
                continue
            if locality.main is not None and _within(locality.main, place):
                continue  # `鹤峰县:...` heading an article about 容美镇, a town of it: the town's text all the same
            by_level = {**locality.by_level, place.level: place}
            forms = _forms_kept(locality, {place.level: place})
            end = row_end if row_end is not None else paragraph_end(text, mention.end)
            self._spans.append((mention.start, end, Locality(by_level, place, forms)))

        # `在圭峰,镇党委书记高峰汇报`: a sentence set in a town or village, inside any paragraph's
        self._spans[:0] = _scenes(text, mentions, places, locality)
        self._towns = _sentence_towns(text, mentions, places, locality)

    def at(self, offset: int) -> Locality:
        """The locality of the paragraph holding `offset`."""
        return next((loc for start, end, loc in self._spans if start <= offset < end), self.default)

    def with_post_holders(
        self, text: str, mentions: Sequence[Mention], posts: Sequence[Post], places: dict[str, Place]
    ) -> Paragraphs:
        """These paragraphs and, before them, each sentence whose subject is someone who holds posts in one town's
        or village's bodies only, other than the article's own (`1月23日,王勇然…关闭了辖区11家茶馆` after
        `唐冲村党支部书记王勇然`; or 他 standing for them: _pronouns): from the name to the sentence's end, that
        place's (what a village's party secretary did, he did in his village)."""
        held = _post_places(posts, places)
        found = []
        for mention in [*mentions, *_pronouns(text, mentions)]:
            place = held.get(mention.text) if mention.type is EntityType.PERSON else None
            if place is None or place == self.default.main:
                continue
            here = self.at(mention.start).main
            if here is not None and (here == place or _within(here, place)):
                continue  # `火田镇党委书记周海涛到大坑村检查`, in a paragraph about 大坑村: the town's man, there
            start = min(
                (p.start for p in posts if p.end == mention.end and p.person == mention.text),
                default=mention.start,
            )
            # 他 opening a clause after a comma is its subject too (`村民都很配合,他每天守在卡点`)
            pronoun = mention.source == "rule:pronoun"
            if not _opens_its_sentence(text, start, mention.end, mentions, any_clause=pronoun):
                continue
            end = min((i for c in _CLAUSES_END if (i := text.find(c, mention.end)) >= 0), default=len(text))
            # up to someone else or a body named with its place (`余国庆不顾怀宁县…指挥部关于暂停…的通告`: theirs)
            end = min(
                (m.start for m in mentions if mention.end <= m.start < end and _another(m, places)),
                default=end,
            )
            # the place and what the article places it in (`萨尔布拉克村` and its town, for `上报镇里`)
            line = _up_the_line(place)
            by_level = {**self.default.by_level, **line}
            found.append((start, end, Locality(by_level, place, _forms_kept(self.default, line))))
        extended = copy(self)
        extended._spans = [*found, *self._spans]
        return extended

    def of_bodies(self, offset: int) -> Locality:
        """The locality a bare body or post at `offset` is of: the one township its sentence names before it
        (`2022年7月,勐捧镇开展全员核酸检测期间,由镇卫生院负责的采样点`: 勐捧镇卫生院), else its paragraph's. (A measure
        with no place in its clause is not placed by a town of another clause: `at`.)"""
        town = next((loc for start, end, loc in self._towns if start <= offset < end), None)
        return town or self.at(offset)


def _pronouns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each 他 or 她 (data/post_pronouns.txt) as a mention of the person its paragraph names last before it
    (`…小河村党支部书记…。他还自费为村里的大喇叭更换了设备`), at the pronoun's span; not where it makes a word with
    the next character (`他们`, `他人`)."""
    persons = sorted((m for m in mentions if m.type is EntityType.PERSON), key=lambda m: m.start)
    starts = [m.start for m in persons]
    found = []
    for pronoun in data_longest_first("post_pronouns.txt"):
        at = -1
        while (at := text.find(pronoun, at + 1)) >= 0:
            before = bisect_right(starts, at) - 1
            if is_common_word(text[at : at + 2]):
                continue
            if before >= 0 and "\n" not in text[persons[before].end : at]:
                person = persons[before]
                found.append(Mention(person.text, EntityType.PERSON, at, at + len(pronoun), "rule:pronoun"))
    return found


def _post_places(posts: Sequence[Post], places: dict[str, Place]) -> dict[str, Place]:
    """Each person whose posts are all in the bodies of one township or village -> that place: of the places the
    body's name is written with (each the longest name at its place: `竹溪县人民政府` holds 竹溪县, not 竹溪), the
    village where it holds a town and a village (`峰高街道唐冲村党支部` is 唐冲村's)."""
    held: dict[str, set[str]] = {}
    by_key: dict[str, Place] = {}
    for post in posts:
        named = _places_written_in(post.organization or "", places)
        local = [p for p in named if p.level in _SCENE_LEVELS]
        place = max(local, key=lambda p: _SCENE_LEVELS.index(p.level)) if local else None
        if place is not None:
            by_key[place.key] = place
        held.setdefault(post.person, set()).add(place.key if place is not None else "")
    return {person: by_key[keys.pop()] for person, keys in held.items() if len(keys) == 1 and "" not in keys}


def _places_written_in(name: str, places: dict[str, Place]) -> list[Place]:
    """The places a body's name is written with, left to right, each the longest place name where it starts."""
    longest = max(map(len, places), default=0)
    found, at = [], 0
    while at < len(name):
        head = next(
            (name[at:end] for end in range(min(len(name), at + longest), at, -1) if name[at:end] in places),
            "",
        )
        if head:
            found.append(places[head])
        at += len(head) or 1
    return found


_QUOTES_CLOSED = '”’」』"'  # closing a quote whose sentence ended inside it
_CLAUSES_END = "。!?;\n"  # a sentence's or a run of clauses' end (`…逐户走访;柏林村党支部书记母红英…`)


def _another(mention: Mention, places: dict[str, Place]) -> bool:
    """Someone else, or a body its name places (`怀宁县疫情防控指挥部`; not `村两委`)."""
    return mention.type is EntityType.PERSON or (
        mention.type is EntityType.ORGANIZATION and any(name in mention.text for name in places)
    )


def _opens_its_sentence(
    text: str, start: int, end: int, mentions: Sequence[Mention], *, any_clause: bool = False
) -> bool:
    """Whether the phrase `text[start:end]` (a name, maybe after its post) is the subject its sentence (or a
    clause after a semicolon) opens with, maybe after a time phrase and a comma (`1月23日,王勇然在…`) or one or two
    frame clauses that name no one (`在疫情面前,作为村里的"领头羊",他…`: data/clause_frame_openers.txt), and goes on
    with a word (not `王勇然的`, `王勇然、张伟`: data/place_subject_not_after.txt, list_joiners.txt). `any_clause`: a
    clause after a comma counts too (what 他 opens)."""
    ends = (*_CLAUSES_END, ",") if any_clause else _CLAUSES_END
    opening = max((i + 1 for c in ends if (i := text.rfind(c, 0, start)) >= 0), default=0)
    # `…就是做贡献。”紫泽村党支部书记郑秋萍说`: the quote that the last sentence closed opens no phrase
    while opening < start and text[opening] in _QUOTES_CLOSED:
        opening += 1
    before = text[opening:start]
    after = text[end : end + 1]
    if (
        not after.isalnum()
        or after in data_words("place_subject_not_after.txt")
        or after in data_words("list_joiners.txt")
    ):
        return False
    if not before:
        return True
    frames = (*data_words("clause_frame_openers.txt"), *data_words("measure_purpose_openers.txt"))
    clauses = before[:-1].split(",")
    return (
        before.endswith(",")
        and len(clauses) <= _OPENING_CLAUSES
        and all(_time_opening().fullmatch(c) is not None or c.startswith(frames) for c in clauses)
        and not any(opening <= m.start < start for m in mentions)
    )


_OPENING_CLAUSES = 2  # frames and time phrases before a subject: 在疫情面前,|作为村里的"领头羊",|他


@cache
def _time_opening() -> re.Pattern[str]:
    """A time phrase as a whole: numerals and the words of data/clause_time_openers.txt, time_periods.tsv and
    person_time_words.txt."""
    periods = [line.split()[0] for line in read_data_lines("time_periods.tsv")]
    words = sorted(
        {*data_words("clause_time_openers.txt"), *periods, *data_words("person_time_words.txt")},
        key=len,
        reverse=True,
    )
    return re.compile(f"(?:[0-9{''.join(numerals())}]+|{alternation(words)})+")


def _sentence_towns(
    text: str, mentions: Sequence[Mention], places: dict[str, Place], locality: Locality
) -> list[tuple[int, int, Locality]]:
    """(start, end, locality) of each sentence that names one township only, other than the article's own, as the
    subject of a clause (`2022年7月,勐捧镇开展…`; not `邻水县丰禾镇干部介绍经验`, the guests of a meeting elsewhere),
    from there to the sentence's end."""
    stops = [i for i, c in enumerate(text) if c in "。!?;\n"]
    chain = {m.end: m.start for m in mentions if m.type is EntityType.PLACE}
    towns: dict[int, list[tuple[int, int, Place]]] = {}
    for m in mentions:
        place = places.get(m.text) if m.type is EntityType.PLACE else None
        if place is not None and place.level == "township":
            towns.setdefault(bisect_right(stops, m.start), []).append((m.start, m.end, place))
    own = locality.by_level.get("township")
    found = []
    for sentence, named in towns.items():
        first, after, place = min(named, key=lambda n: n[0])
        if len({p.key for _, _, p in named}) != 1 or (own is not None and own.key == place.key):
            continue
        if not _subject_of_its_clause(text, first, after, chain):
            continue
        end = stops[sentence] if sentence < len(stops) else len(text)
        by_level = {**locality.by_level, "township": place}
        found.append((first, end, Locality(by_level, place, _forms_kept(locality, {"township": place}))))
    return found


def _subject_of_its_clause(text: str, start: int, end: int, chain: dict[int, int]) -> bool:
    """A place's name opening its clause, maybe after its chain (`邻水县丰禾镇`: `chain` maps a place mention's end to
    its start), a word after it, neither a modifier's mark (data/place_subject_not_after.txt), a list's joiner nor
    people of the place (`丰禾镇干部`: data/person_group_nouns.txt)."""
    while start in chain:
        start = chain[start]
    after = text[end : end + 1]
    return (
        (start == 0 or text[start - 1] in ",:;。!?\n")
        and after.isalnum()
        and after not in data_words("place_subject_not_after.txt")
        and after not in data_words("list_joiners.txt")
        and not text.startswith(tuple(data_words("person_group_nouns.txt")), end)
    )


def _forms_kept(locality: Locality, places: dict[str, Place]) -> dict[str, str]:
    """The article's written forms of its levels (Locality.forms) for a paragraph about `places` (by level): a
    level's form goes where the paragraph is about another division of that level, and stays where it is about
    the article's own (`科尔沁右翼前旗(简称科右前旗)旗委、旗政府`: its bodies are 科右前旗's, as everywhere else
    in the article)."""
    return {
        level: form
        for level, form in locality.forms.items()
        if level not in places
        or (level in locality.by_level and locality.by_level[level].key == places[level].key)
    }


def _up_the_line(place: Place) -> dict[str, Place]:
    """The place and the places the article places it in (stated or derived parents, up the chain), by level."""
    line: dict[str, Place] = {}
    at: Place | None = place
    while at is not None and at.level not in line:
        line[at.level] = at
        at = at.parent or at.derived_parent
    return line


def _within(place: Place, ancestor: Place) -> bool:
    """Whether the article places `place` inside `ancestor` (its stated or derived parents, up the chain)."""
    seen = set()
    above = place.parent or place.derived_parent
    while above is not None and above.key not in seen:
        if above.key == ancestor.key:
            return True
        seen.add(above.key)
        above = above.parent or above.derived_parent
    return False


_SCENE_LEVELS = ("township", "village")


def _scenes(
    text: str, mentions: Sequence[Mention], places: dict[str, Place], locality: Locality
) -> list[tuple[int, int, Locality]]:
    """`在朱河镇东港村,村党支部书记...`, `在圭峰,镇党委书记...`: a sentence opened by a scene word
    (data/place_scene_openers.txt), a town or village (its chain; or a town's short form the article writes, 圭峰
    for 圭峰镇) and a comma, or by a reporter there and what they saw (`记者在石井村看到,`: data/
    place_scene_witnesses.tsv): (its start, its end, the locality with that place). Opening a paragraph, it sets the
    scene of the whole paragraph."""
    at_start = {m.start: m for m in mentions if m.type is EntityType.PLACE and m.text in places}
    short = {
        place.name[: -len(suffix)]: place
        for place in places.values()
        if place.level == "township"
        and (
            suffix := next(
                (x for x in data_longest_first("place_township_suffixes.txt") if place.name.endswith(x)), ""
            )
        )
        and len(place.name) - len(suffix) >= 2
    }
    witnesses = data_groups("place_scene_witnesses.tsv")
    found = []
    for opener in data_longest_first("place_scene_openers.txt"):
        at = -1
        while (at := text.find(opener, at + 1)) >= 0:
            who = next((w for w in witnesses["who"] if text.endswith(w, 0, at)), "")
            if at - len(who) > 0 and text[at - len(who) - 1] not in "。!?\n":
                continue  # `记者在石井村看到`: a reporter may open the sentence before the scene word
            end, scene = at + len(opener), {}
            while (mention := at_start.get(end)) is not None:
                scene[places[mention.text].level] = places[mention.text]
                end = mention.end
            stem = next((n for n in short if text.startswith(n + ",", end)), None) if not scene else None
            if stem is not None:
                scene, end = {"township": short[stem]}, end + len(stem)
            if who and (verb := next((v for v in witnesses["verb"] if text.startswith(v, end)), None)):
                end += len(verb)  # `记者在石井村看到,`: what the reporter saw there
            if text[end : end + 1] != "," or not any(level in scene for level in _SCENE_LEVELS):
                continue
            stop = min((i for c in "。!?\n" if (i := text.find(c, end)) >= 0), default=len(text))
            if at - len(who) == 0 or text[at - len(who) - 1] == "\n":
                stop = paragraph_end(
                    text, end
                )  # `在西沱镇云梯街社区,...。社区党委书记向丽说`: the paragraph's scene
            by_level = {**locality.by_level, **scene}
            forms = _forms_kept(locality, scene)
            main = scene.get("village") or scene.get("township")
            found.append((at, stop, Locality(by_level, main, forms)))
    return found


def paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph going on at `start`: the first line break after a sentence's end (a line broken
    in the middle of a sentence goes on), else the text's end."""
    at = start
    while (line_end := text.find("\n", at)) >= 0:
        if text[line_end - 1] in "。!?！？”…":
            return line_end
        at = line_end + 1
    return len(text)


def _the_lines_one_town(text: str, mention: Mention, place: Place, towns: list[tuple[int, str]]) -> bool:
    """A town named in its line's first sentence, the only town its paragraph names, neither in a list nor as its
    people (`丰禾镇干部介绍经验`: guests from there) nor as beyond it (`刘圩村与新河镇交界处`: the neighbour across a
    border; `从新河镇返乡`; but `前往平孟镇督导检查` is there): `凌晨5点半,坂仔镇的核酸采样点已经亮起了灯。镇党委书记...` is a
    roundup's paragraph about that town. `towns`: (start, key) of every township mention."""
    line = text.rfind("\n", 0, mention.start) + 1
    first_end = min((i for c in "。!?" if (i := text.find(c, line)) >= 0), default=len(text))
    end = paragraph_end(text, mention.end)
    return (
        mention.start < first_end
        and text[mention.end : mention.end + 1] not in data_words("list_joiners.txt")
        and not text.startswith(tuple(data_words("person_group_nouns.txt")), mention.end)
        and not is_beyond(text, mention)
        # written as a town (`凭祥作为边境口岸城市`: 凭祥 names the city too, not the town 凭祥镇 alone)
        and mention.text.endswith(data_longest_first("place_township_suffixes.txt"))
        and all(key == place.key for start, key in towns if line <= start < end)
    )


def opens_a_line(text: str, mention: Mention) -> bool:
    """A place's name opening its line as the subject of its first sentence: a word follows it, not a list's
    joiner nor a mark (`南坝镇、普光镇...` lists places; no one of them is the paragraph's)."""
    after = text[mention.end : mention.end + 1]
    return (
        (mention.start == 0 or text[mention.start - 1] == "\n")
        and after.isalnum()
        and after not in data_words("list_joiners.txt")
    )


def heads_a_line(text: str, mention: Mention) -> bool:
    """A place's name opening its line, maybe after an opening bracket, and closed by a closing bracket or a colon
    (data/place_heading_marks.tsv)."""
    marks = data_groups("place_heading_marks.tsv")
    start = mention.start - (1 if text[mention.start - 1 : mention.start] in marks["open"] else 0)
    return (start == 0 or text[start - 1] == "\n") and text.startswith(marks["close"], mention.end)


def _heads_a_row(text: str, mention: Mention) -> int | None:
    """Where the line ends whose first cell is the place's name, set apart by spaces from the rest of the line as
    a table writes a row (`道帏藏族乡  联系人:才让东智(乡长)`); None where the name heads no row."""
    line_end = text.find("\n", mention.end)
    line_end = line_end if line_end >= 0 else len(text)
    rest = text[mention.end : line_end]
    opens = mention.start == 0 or text[mention.start - 1] == "\n"
    return line_end if opens and rest[:1].isspace() and rest.strip() else None
