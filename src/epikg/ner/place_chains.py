"""Places written right after a place above them, whether or not the gazetteer lists them: a village after
its township (`河口镇向阳村`), a township after its county (`桃源县漳江镇`), and the village that opens a
body's name (`章广镇鸦窝村党总支`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from epikg import gazetteer
from epikg.lexicon import HAN, data_groups, data_longest_first, data_words, is_common_word, surnames
from epikg.ner.place_stems import (
    MAX_STEM,
    NAMED_PLACE,
    a_kind,
    begins_a_title,
    goes_on_as_a_word,
    inside_a_body,
    is_generic_stem,
    is_phrase,
    listed_after_its_parent,
    may_be_a_word_after_its_township,
    stem_and_suffix,
)
from epikg.records import EntityType, Mention
from epikg.spans import Taken


def is_township(mention: Mention, gaz: gazetteer.Gazetteer) -> bool:
    levels = {d.level for d in gaz.lookup(mention.text)}
    return "township" in levels or (
        not levels and mention.text.endswith(data_longest_first("place_township_suffixes.txt"))
    )


def villages_after_townships(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`河口镇向阳村`: a name ending in 村, 社区, 居委会 or 村民组 right after a township is a village,
    whether or not the gazetteer lists it."""

    def is_village(start: int, stem: str, suffix: str) -> bool:
        if (
            len(stem) > MAX_STEM
            and suffix not in data_words("place_long_stem_suffixes.txt")
            and not any(d.level == "village" for d in gaz.lookup(stem + suffix))
        ):
            # only a gacha's Mongolian name runs longer (`额仁宝力格嘎查`), or one the gazetteer lists
            # (`吐木秀克镇阔什艾日克村`)
            return False
        # right after its township a village's name may be an everyday word (`紫湖镇开拓村`, `大王庄村`)
        named_by_word = may_be_a_word_after_its_township(stem, suffix)
        if a_kind(stem + suffix):
            return False  # `河口镇城中村`: a kind of village, no name
        if listed_after_its_parent(stem, suffix):
            return not inside_a_body(text, start, start + len(stem) + len(suffix))
        return not is_generic_stem(stem, word_may_name=named_by_word) and not inside_a_body(
            text, start, start + len(stem) + len(suffix)
        )

    suffixes = data_longest_first("place_village_suffixes.txt")
    townships = [m for m in places if is_township(m, gaz)]
    found = _named_after(text, places, townships, suffixes, MAX_STEM + 2, is_village)
    return found + _one_character_villages(text, [*places, *found], townships, gaz)


def _one_character_villages(
    text: str, places: list[Mention], townships: list[Mention], gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """`卞庄街道代村`: a village named by one character and its ending right after its township, where the gazetteer
    lists it under a township of that name (too short a name to read on its form alone)."""
    spans = Taken(len(text), ((m.start, m.end) for m in places))
    suffixes = data_longest_first("place_village_suffixes.txt")
    found = []
    for township in townships:
        start = township.end
        suffix = next((x for x in suffixes if text.startswith(x, start + 1)), None)
        if suffix is None or not HAN.match(text[start : start + 1]):
            continue
        end = start + 1 + len(suffix)
        name = text[start:end]
        if spans.overlaps(start, end) or goes_on_as_a_word(text, end - 1):
            continue
        if any(name in gaz.children_names(d) for d in gaz.lookup(township.text)):
            found.append(Mention(name, EntityType.PLACE, start, end, NAMED_PLACE))
            spans.add(start, end)
    return found


def groups_after_villages(text: str, places: list[Mention]) -> list[Mention]:
    """`南溪村新寨组`, `石桥村李家组`: a group (data/place_group_endings.txt) right after its village, named as a
    hamlet is, by a hamlet's ending (`新寨`, `李家湾`: data/place_hamlet_endings.txt) or a family's (`李家`), is
    one of the village's groups; so is a natural village whose ending is a hamlet's (`卡凤村弄怀屯`). A working
    group (`红星村巡逻组`, `红星村党小组`) or a numbered one (`红星村三组`) is none."""
    single, _ = surnames()

    def is_group(start: int, stem: str, suffix: str) -> bool:
        # `卡凤村弄怀屯`: an ending that is a hamlet's own (屯, a natural village) names one whatever its stem
        hamlet = (
            suffix in data_words("place_hamlet_endings.txt")
            or stem[-1] in data_words("place_hamlet_endings.txt")
            or (len(stem) == 2 and stem[0] in single and stem[1] in data_words("place_family_marks.txt"))
        )
        return (
            hamlet
            and not is_generic_stem(stem)
            and not is_phrase(stem)
            and not inside_a_body(text, start, start + len(stem) + len(suffix))
        )

    villages = [m for m in places if m.text.endswith(data_longest_first("place_village_suffixes.txt"))]
    suffixes = data_longest_first("place_group_endings.txt")
    return _named_after(text, places, villages, suffixes, _MAX_GROUP_STEM, is_group)


_MAX_GROUP_STEM = 3  # 新寨 (组), 李家湾 (组)


def townships_after_counties(text: str, places: list[Mention], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """`桃源县漳江镇`: a name ending in 镇, 乡 or 街道 written right after a county is a township of it, where
    the gazetteer lists none of that name (towns are merged and renamed: 漳江镇 is now 漳江街道)."""

    def is_township_of_it(start: int, stem: str, suffix: str) -> bool:
        return (
            not gaz.lookup(stem + suffix)
            and not is_generic_stem(stem)
            and not is_phrase(stem)
            and not begins_a_title(text, start + len(stem), suffix)  # `某某县副镇长`
        )

    suffixes = data_longest_first("place_township_suffixes.txt")
    counties = [m for m in places if {d.level for d in gaz.lookup_written(m.text)} & {"county", "prefecture"}]
    return _named_after(text, places, counties, suffixes, MAX_STEM - 1, is_township_of_it)


def _named_after(
    text: str,
    places: list[Mention],
    parents: list[Mention],
    suffixes: Sequence[str],
    longest: int,
    accepts: Callable[[int, str, str], bool],
) -> list[Mention]:
    """The name of a stem and one of `suffixes` written right after each parent, where `accepts` takes it
    (at its start, by stem and suffix), it overlaps no place read before and its ending's last character
    does not go on as an everyday word (data/place_division_continuations.txt)."""
    spans = Taken(len(text), ((m.start, m.end) for m in places))
    found = []
    for parent in parents:
        start = parent.end
        named = stem_and_suffix(text, start, suffixes, longest)
        if named is None:
            continue
        stem, suffix = named
        end = start + len(stem) + len(suffix)
        if _a_joiner_and_a_name(stem):
            continue  # `城关镇和白沙村`: the town and 白沙村, no village named 和白沙 under it
        if goes_on_as_a_word(text, end - 1):
            continue  # `宾县已向各乡镇拨付`: 乡 goes on as 乡镇, no township's ending
        if stem[-1] in data_groups("place_ending_verbs.tsv").get(suffix, ()) and stem not in data_words(
            "place_name_words.txt"
        ):
            continue  # `长治市区返乡`: 返乡 is going home, no town named 区返; but `水口镇前进村` is 前进村
        if not spans.overlaps(start, end) and accepts(start, stem, suffix):
            found.append(Mention(text[start:end], EntityType.PLACE, start, end, NAMED_PLACE))
            spans.add(start, end)
    return found


def _a_joiner_and_a_name(stem: str) -> bool:
    """`城关镇和白沙村`, `桃源县与漳江镇`: a stem of three characters or more that opens with a joiner
    (data/list_joiners.txt) is the joiner and the next place's own name, which the list's readers take; a
    two-character stem keeps it (`城关镇和平村` is the town's 和平村)."""
    return len(stem) >= 3 and stem[0] in data_words("list_joiners.txt")


def villages_in_bodies(bodies: Iterable[Mention]) -> list[Mention]:
    """`朝阳社区党支部`, `章广镇鸦窝村党总支`, `鹿角村村委会`: the village or community whose body the article
    names, as a reader lists it though only the body's name holds it. A name of 2 to 4 Han characters and a
    village ending (data/place_village_suffixes.txt), at the body's start or after a higher place's level
    character or word in it (data/place_level_chars.txt; 街道), with more of the body after it; the higher
    places written before it in the body (`白石街道` of `白石街道凉沟桥村党支部`) are named too. A body of no
    named village (`村党支部`) holds none, nor one whose village ending closes an everyday word (`县农业农村局`);
    a town's committee (`某某镇党委`) names the town elsewhere."""
    suffixes = data_longest_first("place_village_suffixes.txt")
    level_chars = data_words("place_level_chars.txt")
    # `白石街道凉沟桥村党支部`: a township's word of two characters (街道, 苏木) ends a higher place as 镇 does
    level_words = tuple(w for w in data_words("place_township_suffixes.txt") if len(w) > 1)
    found = []
    for body in bodies:
        if body.type is not EntityType.ORGANIZATION:
            continue
        name = body.text
        # `红旗街道`: a level character right before a township's word (旗 before 街道) is the name's, no level's
        ends = {
            i + 1
            for i, c in enumerate(name[:-1])
            if c in level_chars and not name.startswith(level_words, i + 1)
        }
        ends |= {i + len(w) for w in level_words for i in range(len(name)) if name.startswith(w, i)}
        for at in sorted({0, *ends}):
            named = stem_and_suffix(name, at, suffixes, MAX_STEM)
            if named is None or any(c in level_chars for c in named[0][:-1]):
                continue  # `柳林县薛村乡高红村村委会`: a county's level character inside; the village comes after
            end = at + len(named[0]) + len(named[1])
            if named[0].endswith(named[1]) and name.startswith(
                data_longest_first("org_kept_level_bodies.txt"), end - len(named[1])
            ):
                end -= len(named[1])  # `郭村村民委员会`: the village 郭村, then 村民委员会 with its one 村
                named = (named[0][: -len(named[1])], named[1])
            closes_word = is_common_word(name[end - len(named[1]) - 1 : end - len(named[1]) + 1])  # 农村局
            # after its township inside the body a village's name may be an everyday word (`芦台镇开拓村党总支`),
            # and so may one the gazetteer lists that opens the body (`水平村党支部`)
            word_may_name = may_be_a_word_after_its_township(*named) and (
                at > 0 or bool(gazetteer.load().lookup("".join(named)))
            )
            # `花木社区卫生服务中心`: the ending goes on into the body's kind (data/place_suffix_continuations.txt)
            goes_on = name.startswith(tuple(data_words("place_suffix_continuations.txt")), end - 1)
            if (
                end < len(name)
                and not is_generic_stem(named[0], word_may_name=word_may_name)
                and not closes_word
                and not goes_on
            ):
                # cut where a division ends (`薛村乡`: no village before the village, so 村 ends none)
                cuts = sorted(e for e in ends if e <= at and name[e - 1] not in suffixes)
                found += _higher_places(name[:at], body.start, cuts)
                found.append(
                    Mention(name[at:end], EntityType.PLACE, body.start + at, body.start + end, NAMED_PLACE)
                )
                break
    return found


def _higher_places(head: str, start: int, ends: list[int]) -> list[Mention]:
    """`茶陵县火田镇` before a village in a body's name: each division it writes, cut at its level characters or
    words, that the gazetteer lists or whose name is no generic word (`县`, `全镇` name none)."""
    gaz = gazetteer.load()
    places = []
    for begin, end in zip([0, *ends], ends, strict=False):
        piece = head[begin:end]
        stem = piece[:-1] if piece[-1] in data_words("place_level_chars.txt") else piece[:-2]
        # (a township's name may end as a village's does: `薛村乡`)
        if gaz.lookup_written(piece) or (len(stem) >= 2 and not is_generic_stem(stem)):
            places.append(Mention(piece, EntityType.PLACE, start + begin, start + end, NAMED_PLACE))
    return places
