"""Shops named by their brand (`好又多超市`), after a shop in a list (`华联超市、民生大药房`), and chains' branches
(`华润万家陆川店`): bodies the genre names when it tells of supplies kept going. Read by ner/bodies/.

The endings, verbs and kinds are data (epikg/data/org_brand_*.txt, org_branch_endings.txt, org_shop_kind_words.txt).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from epikg import gazetteer
from epikg.lexicon import (
    HAN,
    LIST_COMMA,
    begins_a_word,
    data_longest_first,
    data_table,
    data_words,
    ends_inside_a_word,
    is_common_word,
)
from epikg.ner.place_stems import is_phrase, names_a_site
from epikg.records import EntityType, Mention

_BEFORE_BRAND = set("、,，。;；:：(（“\n ")


def brands(text: str, found: list[Mention], places: Sequence[Mention] = ()) -> list[Mention]:
    """`协调好又多超市、步步高超市等保供`: a shop named by its brand alone (2 to 4 Han characters before an ending of
    data/org_brand_suffixes.txt; a company's, up to 12 before one of data/org_company_endings.txt), where the
    brand starts a clause or a list item or follows a verb of working with; not a kind (`各大超市`, `附近超市`,
    `大型超市`: an everyday word or a word no name starts with) nor a shop a body already names (`城关镇华联超市`)."""
    ends = {m.end for m in found}
    item_ends = ends | {m.end for m in places}
    # `陈州路华联超市`, `南洋广场永辉超市`, `解放路68号仁和大药房`: a shop right after the road, street or square it
    # stands on, and its house number
    addresses = {_past_a_house_number(text, m.end) for m in places if names_a_site(m.text)}
    verbs = (*data_longest_first("org_lead_verbs.txt"), *data_longest_first("org_brand_verbs.txt"))
    never_over = (*verbs, *data_words("org_brand_never_over.txt"))  # what no brand's name runs back over
    scopes = tuple(data_words("org_brand_scopes.txt"))
    brands_found = []
    listed: list[tuple[int, int]] = []  # brands turned down as kinds, each a list's next item (after 、)
    companies = data_longest_first("org_company_endings.txt")
    shop_endings = data_longest_first("org_brand_suffixes.txt")
    for ending in (*shop_endings, *companies):
        # a company's brand and trade run longer than a shop's brand (`仁和物流有限公司`)
        # a shop's brand of 5 or 6 only at its address (`县府街老马家牛肉面馆`)
        lengths = range(2, 13) if ending in companies else range(2, 7)
        for match in re.finditer(re.escape(ending), text):
            if (
                match.end() in ends
                or text.startswith(data_longest_first("org_brand_continuations.txt"), match.end())
                or text.startswith(data_longest_first("facility_after.txt"), match.end())
                or ends_inside_a_word(text, match.end())
            ):
                # `永盛超市有限公司`: the company's name goes on; `商超市场`: inside a word; `君山饭店集中隔离点`: the
                # site it names, a place
                continue
            for length in lengths:
                start = match.start() - length
                stem = text[start : match.start()]
                if (
                    start < 0
                    or not all(HAN.match(c) for c in stem)
                    or any(v in stem for v in never_over)
                    or stem[-1] in data_words("org_brand_never_last.txt")
                ):
                    # `组织志愿者在超市门口`: a brand never runs back over a verb or 在 (the shop there is unnamed), nor
                    # over a coverb right before the ending (`您可与饭店协商`: with the restaurant)
                    break
                # `县内万家福超市`: within a division; `人民路百草堂大药房`: at an address, where even an everyday
                # word names the shop (`沙河路和谐大药房`)
                addressed = start in addresses
                if length > 4 and not addressed and ending not in companies:
                    if text[start - 1] == LIST_COMMA:
                        # `胡杨林购物广场、金三角生鲜超市`: a list's item, a brand and its trade (after a shop)
                        listed.append((start, match.end()))
                        break
                    continue
                scoped = text.endswith(scopes, 0, start) or addressed
                opens = (
                    start == 0 or text[start - 1] in _BEFORE_BRAND or text.endswith(verbs, 0, start) or scoped
                )
                # `城东农贸市场和好又多超市`: joined to a place or a body named right before, or to a shop
                # (`华润万家超市和永辉超市`: the model's reading of the first is not among the rules')
                opens = opens or (
                    text[start - 1] in data_words("list_joiners.txt")
                    and (start - 1 in item_ends or text.endswith(shop_endings, 0, start - 1))
                )
                if text[start - 1 : start] in data_words("org_verb_particles.txt"):
                    opens = opens or text.endswith(verbs, 0, start - 1)  # `得到了`+`宏达建材有限公司`
                if not opens:
                    continue
                # `图为`+`郑州市金穗食品有限公司`: the name opens at its place (郑州, an everyday word); `北滘镇`+
                # `广东华骏电器有限公司`: at the province, city or county after the town it stands in
                opening = start
                if ending in companies:
                    opening = _at_its_place(start + _town_before_a_company(stem), match.start(), places)
                placed = opening != start
                if placed:
                    start = opening
                    stem = text[start : match.start()]
                # after a scope word (`县内万家福超市`) a brand may open with an everyday word or character (万家)
                if placed or not (
                    (is_common_word(stem) and not addressed)
                    or (is_common_word(stem[:2]) and not scoped)
                    or _not_a_brand(stem, ending in companies, scoped=scoped)
                ):
                    brands_found.append(
                        Mention(
                            text[start : match.end()],
                            EntityType.ORGANIZATION,
                            start,
                            match.end(),
                            "rule:suffix",
                        )
                    )
                    ends.add(match.end())
                elif text[start - 1 : start] == LIST_COMMA:
                    listed.append((start, match.end()))
                break
    return (
        brands_found + _listed_after_a_shop(text, listed, [*found, *brands_found]) + _branches(text, places)
    )


def _town_before_a_company(stem: str) -> int:
    """The length of a town's name (a township of the gazetteer, written with its ending: data/
    place_township_suffixes.txt) that opens a company's would-be name where a province's, a city's or a county's
    name follows it (`北滘镇广东华骏智能电器有限公司`): the town is where the company stands, and its registered name
    opens at the higher division; 0 where none stands so."""
    gaz = gazetteer.load()
    for ending in data_longest_first("place_township_suffixes.txt"):
        at = stem.find(ending, 2)
        town = stem[: at + len(ending)] if at >= 2 else ""
        if not town or not any(d.level == "township" for d in gaz.lookup_written(town)):
            continue
        rest = stem[len(town) :]
        for length in range(2, min(len(rest), 7) + 1):
            head = rest[:length]
            if head in gaz.city_aliases or any(
                d.level in ("province", "prefecture", "county") for d in gaz.lookup_written(head)
            ):
                return len(town)
    return 0


def _past_a_house_number(text: str, at: int) -> int:
    """Where a house number right at `at` ends (`68号`: digits, then a mark of data/place_house_number_marks.txt);
    `at` where none stands there."""
    digits = at
    while digits < len(text) and text[digits].isdigit():
        digits += 1
    mark = next((m for m in data_words("place_house_number_marks.txt") if text.startswith(m, digits)), None)
    return digits + len(mark) if digits > at and mark else at


def _at_its_place(start: int, stem_end: int, places: Sequence[Mention]) -> int:
    """A company's registered name opens at its place's name (a level's ending closes it: `郑州市`, with the
    places written right before it, `广东中山市`), so words before that place (a caption's `图为`, a verb's
    object) are not its name; `start` where no such place stands inside the name."""
    levels = data_table("level_chars.tsv")
    inside = [p for p in places if start < p.start and p.end <= stem_end and p.text[-1] in levels]
    if not inside:
        return start
    at = min(p.start for p in inside)
    ends = {p.end: p.start for p in places}
    while at in ends and start <= ends[at] < at:
        at = ends[at]
    return at


def _branches(text: str, places: Sequence[Mention]) -> list[Mention]:
    """`华润万家陆川店`: a chain's branch, its brand (2 to 4 Han characters opening a list's item or a clause, no
    everyday word) then a place and a branch's ending (data/org_branch_endings.txt)."""
    found = []
    for place in places:
        ending = next(
            (e for e in data_longest_first("org_branch_endings.txt") if text.startswith(e, place.end)), None
        )
        if ending is None or begins_a_word(text, place.end + len(ending) - 1):
            continue  # `苍南店铺`: shops of the place
        for length in (4, 3, 2):
            start = place.start - length
            stem = text[start : place.start]
            if (
                start < 0
                or not all(HAN.match(c) for c in stem)
                or is_common_word(stem)
                or stem.startswith(tuple(data_words("place_name_never_starts.txt")))
            ):
                continue
            if start == 0 or text[start - 1] in _BEFORE_BRAND:
                end = place.end + len(ending)
                found.append(Mention(text[start:end], EntityType.ORGANIZATION, start, end, "rule:suffix"))
                break
    return found


def _listed_after_a_shop(text: str, listed: list[tuple[int, int]], bodies: list[Mention]) -> list[Mention]:
    """`华联超市、民生大药房等`, `万家福超市、欧亚抚松购物中心`: a brand listed right after a shop is a shop's name, even
    where its words are everyday ones (民生) or read as two words (欧亚抚松); not a kind of shop (`华联超市、大型商场`:
    data/org_shop_kind_words.txt)."""
    endings = data_longest_first("org_brand_suffixes.txt")
    kinds = data_longest_first("org_shop_kind_words.txt")
    shop_ends = {m.end for m in bodies if m.text.endswith(endings)}
    found = []
    for start, end in sorted(listed):
        if start - 1 in shop_ends and not text.startswith(kinds, start):
            found.append(Mention(text[start:end], EntityType.ORGANIZATION, start, end, "rule:suffix"))
            shop_ends.add(end)
    return found


def names_a_shop(name: str) -> bool:
    """`华润万家超市`, `永辉超市`: a name the model read whole that is a brand of 2 to 4 Han characters before a shop's
    ending (data/org_brand_suffixes.txt). The model's reading of the whole name lets its brand be two words (华润,
    万家), which the brand rule alone turns down as a phrase; not an everyday word nor a kind (`社区超市`)."""
    ending = next((e for e in data_longest_first("org_brand_suffixes.txt") if name.endswith(e)), "")
    stem = name[: -len(ending)] if ending else ""
    return (
        2 <= len(stem) <= 4
        and all(HAN.match(c) for c in stem)
        and not is_common_word(stem)
        and not is_common_word(stem[:2])
        and not _not_a_brand(stem, two_words=True)
    )


def _not_a_brand(stem: str, company: bool = False, *, scoped: bool = False, two_words: bool = False) -> bool:
    """Not a brand: a word no name starts with (`各`, `附近`: data/place_name_never_starts.txt; after a scope word,
    `县内万家福超市`, only a plural's character, data/org_plural_chars.txt: 各), after a joiner too (`和各大`), a
    function word before an everyday word (`只保留超市`: data/org_brand_never_first.txt), a level character last
    (`县超市`), a phrase or a kind of place (place_stems.is_phrase; but a company's brand and trade are two words,
    `金穗科技`), a shop's own ending (`商场超市`), or a kind or trade of shop, a joiner after it at most (`牙科诊所`,
    `麻将馆和KTV`: data/org_shop_kind_words.txt). `two_words`: a brand the model read whole may be two words."""
    if stem[0] in data_words("list_joiners.txt") and len(stem) > 2 and _not_a_brand(stem[1:], company):
        return True  # `和各大超市`: a joiner before a kind of shop
    never = data_words("org_plural_chars.txt") if scoped else data_words("place_name_never_starts.txt")
    listed = stem[:-1] if stem[-1] in data_words("list_joiners.txt") else stem  # `麻将馆和`+`KTV`: two kinds
    return (
        stem in data_words("org_brand_scopes.txt")  # `县内超市`: the shops within the county, a kind
        or stem.startswith(tuple(never))
        # `只保留超市`, `为确保影院`: a function word, then an everyday word; a clause, no brand
        or (
            len(stem) == 3 and stem[0] in data_words("org_brand_never_first.txt") and is_common_word(stem[1:])
        )
        or stem[-1] in data_table("level_chars.tsv")
        or (is_phrase(stem) and not company and not two_words)
        or stem.endswith(data_longest_first("org_brand_suffixes.txt"))  # `商场超市`: two kinds of shop
        # `辖区企业和有限公司`: an everyday word and a joiner, two kinds joined (but `祥和超市`)
        or (len(stem) > 2 and stem[-1] in data_words("list_joiners.txt") and is_common_word(stem[:-1]))
        or listed.endswith(data_longest_first("org_shop_kind_words.txt"))  # `牙科诊所`, `附近超市`: a kind
    )


def branches_of_groups(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """`国网平江县供电公司`, `中国人民银行平江县支行`: a national group's name (data/org_group_names.txt) right before
    a body's name opens that body's name, where a reader took the branch alone (平江县供电公司) or the group and
    the branch apart (国家电网, 平江县供电公司)."""
    groups = data_longest_first("org_group_names.txt")
    found: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        group = next((g for g in groups if text.endswith(g, 0, mention.start)), None)
        if mention.type is not EntityType.ORGANIZATION or group is None:
            found.append(mention)
            continue
        start = mention.start - len(group)
        found = [m for m in found if m.end <= start]  # the group read apart, or a place inside its name
        found.append(Mention(text[start : mention.end], mention.type, start, mention.end, mention.source))
    return found
