"""Place mentions -> places with a level, the containment the article states, and a division code where known.

This module reads what the article states. Containment: a written chain (`湖南省平江县城关镇`, read as
adjacent mentions, running on inside a body's name: `茶陵县`+`火田镇新丰村村委会`), the places listed right
after a chained one (`河口镇向阳村、红旗村`), the same town's chain elsewhere in the text (or of its bare
name, `合隆` for 合隆镇), a sentence that says where a place lies (`桂花村位于石门乡东北部`), or the section of a
roundup that a town heads (`梅硐镇:` opening a line) or the paragraph it opens as subject, for its villages. What the
article is about: the places it names, less those named as somewhere else (`从武汉返乡`), its bodies' and
outlet's leading divisions, and the votes of scope words and bare bodies (`全镇`, `镇党委`). Bare names get
the level the text gives them (extract/place_levels.py). Which division each name is, the article's
locality, and the Place records with their codes and derived ancestors are decided in place_divisions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from epikg import gazetteer, spans
from epikg.extract.paragraphs import heads_a_line, opens_a_line, paragraph_end
from epikg.extract.place_divisions import (
    Locality,
    Resolver,
    city_suffixes,
    guess_level,
    is_bare,
    level_from_suffix,
)
from epikg.extract.place_levels import list_levels, sibling_levels, text_levels
from epikg.extract.place_roles import counted_together, elsewhere_roles, list_marks, scope_words, tallied
from epikg.lexicon import (
    HAN,
    data_alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
)
from epikg.ner.places import COUNTY_SHORT_FORM
from epikg.records import LEVEL_RANK, EntityType, Mention, Place


def leading_division(text: str) -> str | None:
    """The longest division name a text starts with (`南县` in 南县县委, `互助县` in 互助县卫健局), if any."""
    gaz = gazetteer.load()
    villages = data_words("place_village_suffixes.txt")
    kinds = villages | data_words("place_kind_words.txt")
    for length in range(min(len(text) - 1, 12), 1, -1):
        head = text[:length]
        found = gaz.lookup_written(head)
        if (
            found
            and head not in kinds  # `社区党委`: a kind, though 社区 is a township's name somewhere
            # `新华社`: a village the gazetteer lists with no ending of its kind names no body's place
            and (head.endswith(tuple(villages)) or any(d.level != "village" for d in found))
        ):
            return head
    return None


def credits_no_one(name: str, places: dict[str, Place]) -> bool:
    """A credit that names an office (office_signature), or a county's or a city's name the page names, or its
    short form (a menu's `视频华容` on a page about 华容县: Huarong's videos, no one credited)."""
    divisions = [p for p in places.values() if p.level in ("province", "prefecture", "county")]
    named = {p.name for p in divisions} | {p.name[:-1] for p in divisions if len(p.name) >= 3} | set(places)
    return office_signature(name, places) or name in named


def office_signature(name: str, places: dict[str, Place]) -> bool:
    """`晋宣` on a page about 晋江市, `邗宣` on one about 邗江区, `长公宣` on one about 长兴县: the first character of a
    county or a city the page names and an office's sign (data/byline_pen_name_endings.txt) for that office, no
    person (a person may bear a place's name: `副镇长金华` on a page that names 金华市); any one character before a
    sign of two (`华市监` of 五华县)."""
    endings = data_words("byline_pen_name_endings.txt")
    if len(name) == 3 and name[1:] in endings:
        return True  # `华市监` of 五华县, `粤援宣` of a province's aid office: two characters of a sign, no given name
    heads = {p.name[0] for p in places.values() if p.level in ("prefecture", "county")}
    return len(name) == 2 and name[1:] in endings and name[0] in heads


def _short_head(outlet: str, names: Sequence[str]) -> str | None:
    """`寿光日报社全媒体中心` on a page that names 寿光市: the county or the city the article names in full whose short
    form (its name without the level's character) the outlet's name starts with, a media word after it
    (data/outlet_media_words.txt; not `慈利论坛`, a forum of its people's)."""
    gaz = gazetteer.load()
    media = tuple(data_words("outlet_media_words.txt"))
    levels = {
        n: {d.level for d in gaz.lookup(n) if d.name == n} & {"county", "prefecture"}
        for n in set(names)
        if len(n) >= 3 and outlet.startswith(n[:-1]) and outlet.startswith(media, len(n) - 1)
    }
    # `湘潭日报` on a page naming 湘潭市 and 湘潭县: the city's (a city's outlet is named after it more often)
    fits = sorted(
        (n for n, found in levels.items() if found), key=lambda n: ("prefecture" not in levels[n], n)
    )
    return fits[0] if fits else None


def account_head(outlet: str) -> str | None:
    """`铁岭发布`: the short form of a prefecture-level city an official account is named after, its ending one of
    data/outlet_accounts.tsv (the city's `市` is the page's); None where the outlet is no such account, or one of a
    county's alone (`汤阴融媒`: a county's account relays its city's notices as often as it reports its own)."""
    ending = next((e for e in data_groups("outlet_accounts.tsv")["ending"] if outlet.endswith(e)), "")
    head = outlet[: len(outlet) - len(ending)]
    gaz = gazetteer.load()
    if not ending or not 2 <= len(head) <= 3 or not all(HAN.match(c) for c in head):
        return None
    known = gaz.lookup_written(head) or [gaz.divisions[i] for i in gaz.by_alias.get(head, ())]
    return head if any(d.level == "prefecture" for d in known) else None


def _level_of_char() -> dict[str, str]:
    """Level characters below the prefecture (data/level_chars.tsv): a body named by one alone votes."""
    return {
        c: level
        for c, level in data_table("level_chars.tsv").items()
        if level in ("county", "township", "village")
    }


def _level_votes(text: str, mentions: Sequence[Mention]) -> Counter[str]:
    """How often the article points at its own place of a level without naming it: scope words (`全镇`) and
    bodies named by their level alone (`镇党委`, `县防指`). They vote for the article's place of that level."""
    votes: Counter[str] = Counter()
    for word, level in scope_words().items():
        level = "prefecture" if level == "city" else level  # `全市`: the prefecture, or the county-level city
        if level in LEVEL_RANK:
            votes[level] += text.count(word)
    # `市卫健局`: the city's body, the prefecture's or the county-level city's (Resolver decides which)
    levels = {**{c: "prefecture" for c in city_suffixes() if len(c) == 1}, **_level_of_char()}
    for m in mentions:
        if (
            m.type is EntityType.ORGANIZATION
            and m.text[:1] in levels
            and m.text[1:2]
            and m.text[1:2] not in data_words("place_level_marks.txt")
        ):
            votes[levels[m.text[0]]] += 1
    return votes


def read_places(
    mentions: Sequence[Mention],
    *,
    text: str | None = None,
    outlet: str | None = None,
    doc_id: str = "",
    in_bodies: Sequence[Mention] = (),
) -> tuple[dict[str, Place], Locality]:
    """Every place the article names (its place mentions and the places that begin its bodies' names),
    and the article's locality; with the text, places named as somewhere else (`从武汉返乡`) do not
    count toward what the article is about. `in_bodies`: villages named only inside a body's name
    (`朝阳社区党支部`), places too, but no vote for what the article is about."""
    ordered = sorted(mentions, key=lambda m: m.start)
    names = [m.text for m in ordered if m.type is EntityType.PLACE] + [m.text for m in in_bodies]
    roles = elsewhere_roles(text, [m for m in ordered if m.type is EntityType.PLACE]) if text else {}
    elsewhere = set(roles)
    local = [m for m in ordered if m.type is EntityType.PLACE and (m.start, m.end) not in elsewhere]
    tallies = {
        (m.start, m.end)
        for m in local
        if text and (tallied(text, m.start, m.end) or counted_together(text, m.start, m.end))
    }
    tallied_names = [m.text for m in local if (m.start, m.end) in tallies]
    # `地址:长宁县长宁镇`: the publisher's postal address names its county, but the town is where its office
    # stands, not the article's own
    posted = {(m.start, m.end) for m in local if text and _in_a_postal_address(text, m, names)}
    voters = [m.text for m in local if (m.start, m.end) not in tallies | posted]
    # In a written chain (`东坡区苏祠街道上游社区`) the higher places address the last one: they still say
    # which county the article is in, but not that the article is about that county.
    # A chain runs on inside a body's name (`茶陵县`+`火田镇新丰村村委会`): its leading division and the
    # village it holds are links of the chain too.
    within = _leading_divisions(ordered)
    inside = [division for _, _, division in within]
    links = list(_chain_links(sorted([*ordered, *inside, *in_bodies], key=lambda m: m.start)))
    # `南洲镇农贸市场`, `苍南县动车站`: a site named by its town or county, written with its level, lies in it, as
    # its name says (a village's or a bare name's checkpoint or toll station is named after it, and may lie
    # outside it: `孙家村收费站`, `永乐公路`)
    links += [(division, site.text, site.end) for site, division in _sites_by_divisions(within)]
    addresses = Counter(before.text for before, _, _ in links)
    if text:
        links += _listed_after_a_chain(text, ordered, links)
    chains: dict[
        str, tuple[str, int, int]
    ] = {}  # name -> (its higher place, the chain's span); first seen wins
    for before, name, end in links:
        chains.setdefault(name, (before.text, before.start, end))
    located = _located(text, ordered) if text else {}
    for name, stated in located.items():
        chains.setdefault(name, stated)
    headed = _in_a_towns_section(text, ordered, elsewhere) if text else {}
    headed = {name: stated for name, stated in headed.items() if name not in chains}
    for name, (_, *stated) in headed.items():
        chains[name] = tuple(stated)
    # `合隆` and `合隆镇` in one article are one town: what is stated of either is stated of the full name.
    full = _written_in_full([*names, *(d.text for _, _, d in within)])
    for bare, name in full.items():
        if bare in chains and name not in chains:
            chains[name] = chains[bare]
            if bare in located:
                located[name] = chains[name]
    outlet_head = (
        (leading_division(outlet) or account_head(outlet) or _short_head(outlet, names)) if outlet else None
    )
    context = [*(d.text for _, _, d in within), *([outlet_head] if outlet_head else [])]
    first_seen: dict[str, tuple[int, int]] = {}
    for m in ordered:
        if m.type is EntityType.PLACE:
            first_seen.setdefault(m.text, (m.start, m.end))
    for _, _, division in within:
        first_seen.setdefault(division.text, (division.start, division.end))
    placed = [m for m in ordered if m.type is EntityType.PLACE]
    resolver = Resolver(
        names,
        context,
        chains,
        doc_id,
        first_seen,
        own_county=_speaks_of_its_county(text),
        short_forms={m.text for m in placed if m.source == COUNTY_SHORT_FORM},
        near_forms={
            m.text
            for m in placed
            if m.source == COUNTY_SHORT_FORM
            and text is not None
            and text.startswith(tuple(data_words("place_near_words.txt")), m.end)
        },
        text_levels=_bare_levels(text, placed, names) if text else None,
        listed_levels=list_levels(text, [(m.text, m.start, m.end) for m in placed if is_bare(m.text)])
        if text
        else None,
        bases={
            **{name: how for name, (how, *_) in headed.items()},
            **{name: "located" for name in located if chains[name] == located[name]},
        },
        elsewhere={m.text for m in placed} - {m.text for m in placed if (m.start, m.end) not in elsewhere},
        across={m.text for m in placed if roles.get((m.start, m.end)) in ("border", "neighbour")},
        scoped=_after_own_scope(text, placed) if text else None,
    )
    level_votes = _level_votes(text, ordered) if text else Counter()
    places, locality = resolver.run(
        votes=[*voters, *context],
        level_votes=level_votes,
        addresses=addresses,
        publisher=outlet_head,
        tallied=tallied_names,
    )
    return {name: places[full.get(name, name)] for name in places}, locality


def _after_own_scope(text: str, places: Sequence[Mention]) -> dict[str, tuple[str, int, int]]:
    """Places written right after a scope word of a higher level (`我县新华镇`, `全县新华镇、城关镇等10个乡镇`,
    `本镇红星村`; data/measure_places.tsv), the list that goes on from one included: each lies in the
    article's own place of that level. Name -> (that level, the span from the scope word to the name)."""
    scopes = {word: level for word, level in scope_words().items() if level in LEVEL_RANK}
    found: dict[str, tuple[str, int, int]] = {}
    previous: tuple[Mention, str, int] | None = None
    for m in places:
        word = next((w for w in scopes if text.endswith(w, 0, m.start)), None)
        if word is not None and LEVEL_RANK[level_from_suffix(m.text)] > LEVEL_RANK[scopes[word]]:
            previous = (m, scopes[word], m.start - len(word))
        elif previous is None or text[previous[0].end : m.start] not in list_marks():
            previous = None
            continue
        else:
            previous = (m, previous[1], previous[2])
        found.setdefault(m.text, (previous[1], previous[2], m.end))
    return found


def _written_in_full(names: Iterable[str]) -> dict[str, str]:
    """Each bare name (`合隆`, `柳林`) whose town or village the article also names in full (`合隆镇`), where
    exactly one such full name stands: bare name -> full name."""
    names = set(names)
    endings = (*data_words("place_township_suffixes.txt"), *data_words("place_village_suffixes.txt"))
    found = {}
    for bare in names:
        if not is_bare(bare):
            continue
        full = [bare + ending for ending in endings if bare + ending in names]
        if len(full) == 1:
            found[bare] = full[0]
    return found


def _bare_levels(text: str, places: Sequence[Mention], names: Sequence[str]) -> dict[str, str]:
    """The level the text gives each bare name (extract/place_levels.py): its list's kind or its level word
    elsewhere, else the one level of the places it is listed with."""
    levels = text_levels(text, [(m.text, m.start, m.end) for m in places if is_bare(m.text)])

    def level_of(name: str) -> str:
        guessed = guess_level(name, names)
        return levels.get(name, guessed) if guessed == "other" else guessed

    siblings = sibling_levels(text, [(m.text, m.start, m.end) for m in places], level_of)
    levels.update({name: level for name, level in siblings.items() if is_bare(name)})
    return levels


def resolve(names: Iterable[str], context: Iterable[str] = (), *, doc_id: str = "") -> dict[str, Place]:
    """Resolve place names without positions (so without written chains); `context` names vote and resolve too."""
    names = list(names)
    context = list(context)
    places, _ = Resolver(names, context, {}, doc_id).run(votes=[*names, *context])
    return places


def _chain_links(mentions: Sequence[Mention]) -> Iterator[tuple[Mention, str, int]]:
    """Every (higher place, the name written right after it, where that name ends): `平江县城关镇`,
    `平江县城关镇党委`. Where a place and a body both start right after it (`火田镇新丰村` and `新丰村村委会`),
    the place is the link. A national or provincial road or an expressway (data/place_roads.txt) written after a
    town (`石牌镇206国道入口`: where the town's stretch is) lies in no one town: no link."""
    named = [m.text for m in mentions if m.type is EntityType.PLACE]
    starting: dict[int, list[Mention]] = {}
    for mention in mentions:
        starting.setdefault(mention.start, []).append(mention)
    for before in mentions:
        if before.type is not EntityType.PLACE:
            continue
        after = sorted(starting.get(before.end, ()), key=lambda m: m.type is not EntityType.PLACE)
        name = next(
            (
                m.text if m.type is EntityType.PLACE else leading_division(m.text)
                for m in after
                if m.type in (EntityType.PLACE, EntityType.ORGANIZATION)
            ),
            None,
        )
        if (
            name
            and name != before.text
            and _chain_rank(before.text, named) < _chain_rank(name, named)
            and not name.endswith(data_longest_first("place_roads.txt"))  # `石牌镇206国道入口`: it runs on
            and not _street_past_a_village(name, before.text, named)
        ):
            yield before, name, before.end + len(name)


_SITE_HOLDERS = ("township", "county", "prefecture")


def _sites_by_divisions(
    within: Iterable[tuple[Mention, int, Mention]],
) -> list[tuple[Mention, Mention]]:
    """(site, division) of each site named by its town or county written with its level (`南洲镇农贸市场`), of
    (name, characters skipped, its leading division) as read_places finds them."""
    return [
        (m, division)
        for m, skip, division in within
        if m.type is EntityType.PLACE and not skip and level_from_suffix(division.text) in _SITE_HOLDERS
    ]


def divisions_naming_sites(mentions: Iterable[Mention]) -> list[Mention]:
    """`深渡镇` of `深渡镇农贸市场`, `苍南县` of `苍南县动车站`: the town or county a site is named by, written in
    full at its start, is a place the article names, as the site lies in it (read_places). Only the places are
    read again: the bodies' divisions are read_places' alone."""
    places = [m for m in mentions if m.type is EntityType.PLACE]
    return [division for _, division in _sites_by_divisions(_leading_divisions(places))]


def _leading_divisions(mentions: Iterable[Mention]) -> list[tuple[Mention, int, Mention]]:
    """(mention, characters skipped, the division its name begins with) of each body's or site's name that
    begins with a division (`澧县出入口`, `苍南县动车站`): it names the division too. A group's branch
    (`国网平江县供电公司`: data/org_group_names.txt) names the division after the group's name. A site the
    gazetteer lists as a division (西城区: `城区` is a word) is no facility of a place it begins with."""
    groups = data_longest_first("org_group_names.txt")
    gaz = gazetteer.load()
    found = []
    for m in mentions:
        if m.type is not EntityType.ORGANIZATION and (
            m.type is not EntityType.PLACE or level_from_suffix(m.text) != "other" or gaz.lookup(m.text)
        ):
            continue
        skip = len(next((g for g in groups if m.text.startswith(g)), ""))
        head = leading_division(m.text[skip:])
        if head and head != m.text:
            start = m.start + skip
            found.append((m, skip, Mention(head, EntityType.PLACE, start, start + len(head), m.source)))
    return found


def _site_kind(name: str) -> str:
    """A site's kind, by its ending (data/place_name_suffixes.txt: 卡点, 小区, 广场...); "" where none."""
    return next((e for e in data_longest_first("place_name_suffixes.txt") if name.endswith(e)), "")


def _street_past_a_village(name: str, higher: str, named: Sequence[str]) -> bool:
    """`嘉陵社区汉渝路45号`: a street (data/place_street_endings.txt) written after a village or a community runs
    on past it; the address is in the community, not the street."""
    return (
        name.endswith(data_longest_first("place_street_endings.txt"))
        and guess_level(higher, named) == "village"
    )


def _chain_rank(name: str, named: Sequence[str]) -> float:
    """A place's rank in a written chain: its level's, and a villagers' group just below its village
    (`南溪村新寨组`: data/place_group_endings.txt; `石板村民组` ends in a village's ending, and is one)."""
    rank = LEVEL_RANK[guess_level(name, named)]
    group = name.endswith(data_longest_first("place_group_endings.txt")) and not name.endswith(
        data_longest_first("place_village_suffixes.txt")
    )
    return rank + 0.5 if group and rank == LEVEL_RANK["village"] else rank


_LOCATED_REACH = 16  # characters between the containing place and the place it describes after 的


_CLAUSE_BREAK = re.compile(r"[,，。;；!！?？:：\n]")


def _in_a_towns_section(
    text: str, mentions: Sequence[Mention], elsewhere: set[tuple[int, int]]
) -> dict[str, tuple[str, str, int, int]]:
    """Villages named in a roundup's section that a town heads (`梅硐镇:党员先锋岗守好"村口"`, its name opening a line
    and closed by a colon or a bracket: paragraphs.heads_a_line), up to the next line a place heads, or in a
    paragraph that a town opens as its subject (`诸福屯镇在与藁城交界的路口设卡,吴兴村、南化村等村…`: paragraphs.
    opens_a_line): each lies in that town, where no other town is named before it there, it is named as somewhere
    else nowhere there, and no other town's section or paragraph names it. Name -> (how: "heading" or "paragraph",
    the town, the heading's start, the village's end)."""
    places = [m for m in mentions if m.type is EntityType.PLACE]
    heads = [m for m in places if heads_a_line(text, m)]
    sections = [
        ("heading", head, heads[k + 1].start if k + 1 < len(heads) else len(text))
        for k, head in enumerate(heads)
    ]
    # a town that heads a written chain (`黄田镇鹿角村设卡`) is no subject: its village is
    starts = {m.start for m in places}
    sections += [
        ("paragraph", m, paragraph_end(text, m.end))
        for m in places
        if opens_a_line(text, m) and m.end not in starts
    ]
    places.sort(key=lambda m: m.start)
    begins = [m.start for m in places]
    found: dict[str, tuple[str, str, int, int]] = {}
    towns: dict[str, set[str]] = {}
    for how, head, end in sections:
        if level_from_suffix(head.text) != "township":
            continue
        for m in places[bisect_left(begins, head.end) : bisect_left(begins, end)]:
            level = level_from_suffix(m.text)
            if level == "township" and m.text != head.text:
                break  # another town named: which one holds the villages after it is unsaid
            if level == "village" and (m.start, m.end) not in elsewhere:
                towns.setdefault(m.text, set()).add(head.text)
                found.setdefault(m.text, (how, head.text, head.start, m.end))
    return {name: stated for name, stated in found.items() if len(towns[name]) == 1}


def _located(text: str, mentions: Sequence[Mention]) -> dict[str, tuple[str, int, int]]:
    """Where the text says a place lies (data/place_located_words.tsv): `桂花村位于石门乡东北部` (the place right
    before the word lies in the one right after it), `位于农安县南部、紧邻长春城区的合隆` (the place after the word
    holds the one it describes after 的, in the same clause), `白沙镇辖区内的向阳村` (the place before a word for
    its area holds the one right after it). Name -> (its higher place, the statement's span)."""
    places = [m for m in mentions if m.type is EntityType.PLACE]
    named = [m.text for m in places]
    found: dict[str, tuple[str, int, int]] = {}
    words = data_groups("place_located_words.tsv")
    for word in words["word"]:
        for at, word_end in spans.occurrences(text, word):
            after = next((m for m in places if m.start == word_end), None)
            if after is None or _at_an_edge(text, after, places, words["edge"]):
                continue
            before = next((m for m in places if m.end == at), None)
            if before is None:  # `位于X…的Y`: the first place after 的 within reach, no clause break between
                gap = _CLAUSE_BREAK.search(text, after.end, after.end + _LOCATED_REACH)
                limit = gap.start() if gap else after.end + _LOCATED_REACH
                before = next(
                    (
                        m
                        for m in places
                        if after.end < m.start <= limit and text[m.start - 1] in words["describes"]
                    ),
                    None,
                )
            if (
                before is None
                or LEVEL_RANK[guess_level(after.text, named)] >= LEVEL_RANK[guess_level(before.text, named)]
            ):
                continue
            found.setdefault(before.text, (after.text, min(at, before.start), max(after.end, before.end)))
    # `白沙镇辖区内的向阳村`, `城关镇所辖红旗村`, `河口镇的向阳村`: the place right before a word for its area, or
    # its 的, holds the one right after it
    toward = tuple(data_groups("place_elsewhere.tsv").get("toward_before", ()))
    roads = data_longest_first("place_roads.txt")
    for word in (*words.get("holds", ()), *words.get("of", ())):
        for at, word_end in spans.occurrences(text, word):
            higher = next((m for m in places if m.end == at), None)
            lower = next((m for m in places if m.start == word_end), None)
            if higher is None or lower is None:
                continue
            if word in words.get("of", ()) and (
                text.endswith(toward, 0, higher.start)
                or text.endswith(tuple(words.get("of_not_after", ())), 0, higher.start)
                or lower.text.endswith(roads)
                or _lies_elsewhere(lower.text, higher.text)
                or _closes_a_list(text, higher, places)
            ):
                # `前往长沙的G4高速`: the road toward the city, which runs on past it; `紧邻西安的泾阳县`: a neighbour;
                # `连接监利和湖南岳阳的荆岳长江大桥`: what joins the places of a list lies in no one of them
                continue
            if LEVEL_RANK[guess_level(higher.text, named)] >= LEVEL_RANK[guess_level(lower.text, named)]:
                continue
            found.setdefault(lower.text, (higher.text, higher.start, lower.end))
    return found


def _at_an_edge(text: str, after: Mention, places: Sequence[Mention], edges: Sequence[str]) -> bool:
    """`地处辽宁、内蒙古交界`: the place after a word of where it lies is one of a list, or its clause puts the place
    at an edge (data/place_located_words.tsv), so it holds nothing."""
    gap = _CLAUSE_BREAK.search(text, after.end)
    clause = text[after.end : gap.start() if gap else len(text)]
    listed = any(m.start > after.end and text[after.end : m.start] in list_marks() for m in places)
    return listed or any(edge in clause for edge in edges)


def _in_a_postal_address(text: str, mention: Mention, names: Sequence[str]) -> bool:
    """A town, village or site named on a line after a postal address's label and its colon
    (data/boilerplate_address_labels.txt)."""
    if guess_level(mention.text, names) not in ("township", "village", "other"):
        return False
    return bool(_address_label().search(text, text.rfind("\n", 0, mention.start) + 1, mention.start))


@lru_cache(maxsize=1)
def _address_label() -> re.Pattern[str]:
    return re.compile(f"(?:{data_alternation('boilerplate_address_labels.txt')})\\s*[:：]")


def _listed_after_a_chain(
    text: str, mentions: Sequence[Mention], links: Sequence[tuple[Mention, str, int]]
) -> list[tuple[Mention, str, int]]:
    """`河口镇向阳村、红旗村和东风村`: the places listed right after a chained place, of its level, share its
    higher place (a link from it to each, ending where the listed name ends)."""
    places = [m for m in mentions if m.type is EntityType.PLACE]
    named = [m.text for m in places]
    chained = {name for _, name, _ in links}
    found = []
    for before, name, end in links:
        level = guess_level(name, named)
        following = [m for m in places if m.start >= end]
        at = end
        for m in following:
            if text[at : m.start] not in list_marks() or guess_level(m.text, named) != level:
                break
            if _lies_elsewhere(m.text, before.text):
                break  # `武汉市新洲区、黄陂区及麻城市、大悟县`: the list goes on past Wuhan's districts
            if (head := leading_division(m.text)) is not None and head != before.text:
                break  # `绥安镇东门菜市场、佛昙镇汽车站`: an item that names its own town is in that town
            if _street_past_a_village(m.text, before.text, named):
                break  # `东城社区锦绣苑小区、文化路北段`: the street runs on past the community
            if level == "other" and _site_kind(m.text) != _site_kind(name):
                break  # `冠洞村湘桂省际卡点、程阳八寨景区`: the sites visited, not the village's checkpoints
            if m.text not in chained:
                found.append((before, m.text, m.end))
            at = m.end
    return found


def _closes_a_list(text: str, place: Mention, places: Sequence[Mention]) -> bool:
    """The place, with the places of its chain written right before it (`湖南岳阳`), follows a list's mark
    (data/list_joiners.txt, list_alternatives.txt): it is a list's last item."""
    start = place.start
    while (before := next((m for m in places if m.end == start), None)) is not None:
        start = before.start
    return text[start - 1 : start] in list_marks()


def _lies_elsewhere(name: str, higher: str) -> bool:
    """The gazetteer lists both names, the first as counties or above (it lists them all, where towns and villages
    of an article may be missing or renamed), the second in full or by a city's short form (西安), and no division
    of the first lies in one of the second: a list that runs on after a chain (`武汉市新洲区、黄陂区及麻城市`) has
    left the chain's higher place by then, and `西安的泾阳县` says nothing of where 泾阳县 lies (咸阳市)."""
    gaz = gazetteer.load()
    found, holders = gaz.lookup_written(name), {d.id for d in gaz.lookup_written(higher)}
    if higher in gaz.city_aliases:
        holders |= set(gaz.by_alias.get(higher, ()))
    return (
        bool(found and holders)
        and all(d.level in ("county", "prefecture", "province") for d in found)
        and not any(holders & {a.id for a in gaz.chain(d)} for d in found)
    )


def _speaks_of_its_county(text: str | None) -> bool:
    """The article points at its own county (`我县`, `全县`: the scope_county words of data/measure_places.tsv)."""
    return bool(text) and any(
        word in text for word in data_groups("measure_places.tsv").get("scope_county", ())
    )
