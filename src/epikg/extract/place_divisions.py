"""The division each place name of an article is, where one fits, the article's locality, and the Place records.

The gazetteer may choose between the divisions of a name (`南洲镇` is in two counties) and add a division
code and its own ancestors, but only where exactly one division fits the places the article names: such
ancestors are `derived_parent`, never `parent`, so a query can ask for what the article states. The
locality is, level by level, the division the article's own words name most; a township or village that
the gazetteer puts in the article's own county (or town) is stated to lie there. A township or village
name that no article context pins down gets no division and is keyed on its article, so namesakes in
different counties never merge. What the article states is read in places.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from epikg import gazetteer
from epikg.extract.place_levels import suffix_levels
from epikg.gazetteer import Division
from epikg.lexicon import data_longest_first, data_words
from epikg.records import LEVEL_RANK, Place

# Levels whose names identify a division nationwide; townships and villages repeat from county to county.
_SELF_IDENTIFYING = ("province", "prefecture", "county")


def level_from_suffix(name: str) -> str:
    """The level a division's name announces (data/place_suffix_levels.tsv); two-character names announce none."""
    if len(name) < 3:
        return "other"
    for ending, level in suffix_levels():
        if name.endswith(ending):
            return level
    return "other"


OWN_PLACE_LEAD = 2
"""How many times as often as any other of its level the article must name a place below what it is about to make
it the article's own of that level (the place its bare bodies and scope words of that level mean)."""


ABOUT_OTHERS = 2
"""How many times as often as the place it names most an article must name places outside it to be about what
holds them all (Resolver._about)."""


@dataclass(frozen=True)
class Locality:
    """The article's own places, one per level: the one its own words name most at that level (below what it is
    about, only where that one stands out: Resolver._read_locality)."""

    by_level: dict[str, Place] = field(default_factory=dict)
    main: Place | None = None  # the division it names most (ties: the more local): what it is about
    forms: dict[str, str] = field(default_factory=dict)
    """Per level, the short form the article writes its place in (`互助县` for 互助土族自治县), if any: the place
    its bare bodies take (`县卫健局` is 互助县卫健局)."""

    def prefix(self, level: str) -> str:
        """How the article's bodies of a level write their place."""
        return self.forms.get(level) or self.by_level[level].name

    def full_forms(self) -> dict[str, str]:
        """Each short form -> its place's full name."""
        return {form: self.by_level[level].name for level, form in self.forms.items()}


def city_suffixes() -> tuple[str, ...]:
    """How a city's name ends (data/place_city_suffixes.txt): 全市 and 市防指 mean the article's county when it
    is a city."""
    return tuple(data_words("place_city_suffixes.txt"))


def is_bare(name: str) -> bool:
    """A name whose ending announces no kind of place (`石桥`, `红旗`; not `石桥镇`, `解放路` or `城南花园`):
    two characters announce none (data/place_suffix_levels.tsv, place_name_suffixes.txt)."""
    if len(name) == 2:
        return True
    endings = (*data_longest_first("place_name_suffixes.txt"), *(e for e, _ in suffix_levels()))
    return len(name) > 2 and not name.endswith(endings)


def guess_level(name: str, names: Sequence[str] = ()) -> str:
    """The level of a name's readings where they agree (a short form read as the article's full name:
    `海淀` is 海淀区 where the article says 海淀区), else the level its ending announces."""
    levels = {d.level for d in _candidates(name, [name, *names], gazetteer.load())}
    return levels.pop() if len(levels) == 1 else level_from_suffix(name)


class Resolver:
    """One article's place names: the division each one is (if any fits), then Place records."""

    def __init__(
        self,
        names: list[str],
        context: list[str],
        chains: dict[str, tuple[str, int, int]],
        doc_id: str,
        first_seen: dict[str, tuple[int, int]] | None = None,
        own_county: bool = False,
        *,
        short_forms: set[str] | None = None,
        near_forms: set[str] | None = None,
        text_levels: dict[str, str] | None = None,
        listed_levels: dict[str, str] | None = None,
        bases: dict[str, str] | None = None,
        elsewhere: set[str] | None = None,
        across: set[str] | None = None,
        scoped: dict[str, tuple[str, int, int]] | None = None,
    ) -> None:
        self.gaz = gazetteer.load()
        self.names = list(dict.fromkeys(names))
        self.chains = {name: parent for name, (parent, _, _) in chains.items()}
        self.chain_spans = {name: (start, end) for name, (_, start, end) in chains.items()}
        self.first_seen = first_seen or {}
        self.all_names = list(dict.fromkeys([*self.names, *context, *self.chains.values()]))
        self.doc_id = doc_id
        # a county's short form the text shows as a place (`介休那边`: ner/places.py) is that county, as the
        # article's own county written short is
        short_forms = short_forms or set()
        self.candidates = {
            n: _candidates(n, self.all_names, self.gaz, own_county or n in short_forms)
            for n in self.all_names
        }
        # names read as a county's short form only because the page speaks of its own county (`我县`), or because
        # a word of nearness follows them (`清水河那边`): no county in a province none of the page's counties is in
        self.own_county_forms = {
            n
            for n in self.all_names
            if own_county
            and n not in short_forms
            and self.candidates[n] != _candidates(n, self.all_names, self.gaz, False)
        } | (near_forms or set())
        # bare names of a list that a kind of place closes (`黄石、金沙、龙潭等4镇`): divisions of that level only
        self.listed_levels = listed_levels or {}
        for name, level in self.listed_levels.items():
            if name in self.candidates:
                self.candidates[name] = [d for d in self.candidates[name] if d.level == level]
        self.named_by: dict[int, set[str]] = {}  # division id -> the names of the article that may mean it
        for name, divisions in self.candidates.items():
            for d in divisions:
                self.named_by.setdefault(d.id, set()).add(name)
        self.chosen: dict[str, Division | None] = {}
        # villages whose one reading lies in a town the article never names, beside its own town: no division,
        # but the article's county still holds them (_in_another_town)
        self.unplaced_villages: dict[str, Division] = {}
        self.built: dict[str, Place] = {}
        self.locality_ids: dict[str, int] = {}
        self.locality_names: dict[str, str] = {}
        self.text_levels = text_levels or {}  # bare names -> the level the text gives them (place_levels)
        # how the article states a name's parent where no written chain does: "located" (`桂花村位于石门乡`) or
        # "heading" or "paragraph" (a village in a roundup's section that its town heads, or in a paragraph that
        # its town opens)
        self.bases = bases or {}
        self.elsewhere = elsewhere or set()  # names the article writes only as somewhere else (`从武汉返乡`)
        # the counties the article names, not only as somewhere else (an origin, a border's far side)
        self.own_counties = {
            i
            for i, names in self.named_by.items()
            if self.gaz.divisions[i].level == "county" and names - self.elsewhere
        }
        # where its villages lie: not in one it names across a border or as a neighbour where it has others
        # (`与衡水市武强县交界的路口`, then `同武强县的乡镇干部一起值守` on a page about 献县: 武强县's 东辛庄村 is not
        # the page's; a roundup's county named at a border and then for its own news still has its towns)
        across = across or set()
        self.village_counties = {
            i for i in self.own_counties if not self.named_by[i] & across
        } or self.own_counties
        # names written right after a scope word of the article's own place (`我县新华镇`): level, span
        self.scoped = scoped or {}

    def run(
        self,
        votes: list[str],
        level_votes: Counter[str] | None = None,
        addresses: Counter[str] | None = None,
        publisher: str | None = None,
        tallied: Sequence[str] = (),
    ) -> tuple[dict[str, Place], Locality]:
        """`publisher`: the division the page's outlet or issuing office is named after (`灵璧县融媒体中心`);
        `tallied`: the places a list tallies cases by (`太原市2例、朔州市1例`), which cast no vote."""
        for name in self.all_names:
            self.chosen[name] = self._choose(name)
        self._choose_ancestors()
        self._choose_county_short_forms()
        self._read_locality(votes, level_votes or Counter(), addresses or Counter(), publisher, tallied)
        places = {name: self._place(name) for name in self.all_names}
        by_level = {level: places[name] for level, name in self.locality_names.items()}
        main = self.locality_main and places[self.locality_main]
        return places, Locality(by_level, main, self._short_forms(votes))

    def _short_forms(self, votes: list[str]) -> dict[str, str]:
        """Per level, the short form with its level character that the article writes its own place in (`互助县`,
        `威宁自治县` for an autonomous county; the most written, then the shortest), or its former name (`监利县`),
        where the article writes it at least as often as the full name: the genre names the bodies of a place so
        (`县卫健局` is 互助县卫健局)."""
        forms = {}
        for level, division_id in self.locality_ids.items():
            full = self.gaz.divisions[division_id].name
            chosen = {n for n, d in self.chosen.items() if d is not None and d.id == division_id}
            written = Counter(n for n in votes if n in chosen)
            # a short form keeps the full name's level character: `互助县`, not `互助`; a former name is a form too
            # (`监利县卫健局` on a page that writes 监利县, now 监利市)
            short = [n for n in written if n != full and n.endswith(full[-1]) and len(n) > 2]
            short += [n for n in chosen if n in self.gaz.former_names and n not in short]
            best = max(short, key=lambda n: (written[n], -len(n))) if short else None
            # `景宁县域` once beside 景宁畲族自治县 throughout: the article writes its place in full
            if best is not None and written[best] >= written[full]:
                forms[level] = best
        return forms

    def _choose(self, name: str) -> Division | None:
        """The one division of this name that the article's context supports, if exactly one does."""
        divisions = self.candidates[name]
        stated = self.chains.get(name)
        if stated is not None:
            parent_ids = {d.id for d in self.candidates.get(stated, [])}
            # `河南西峡`, `山东沂南`: a short form written right after a division it lies in is that division's
            # one place of the short form (西峡县), where no full name of its own is listed
            pool = divisions or [self.gaz.divisions[i] for i in self.gaz.by_alias.get(name, ())]
            divisions = [d for d in pool if any(a.id in parent_ids for a in self.gaz.chain(d)[1:])]
            if len(divisions) == 1:
                off = self._off_the_article(divisions[0]) or self._in_another_town(name, divisions[0])
                return None if off else divisions[0]
        if not divisions:
            return None
        # a town's or village's readings in a county the page names are the ones meant (石窝村 of 北流市's 石窝镇);
        # with none there, its province alone does not pin it down (`海拉苏嘎查` on a page about 敖汉旗 is not
        # 奈曼旗's, the one the gazetteer lists, for naming 内蒙古)
        counties = {i for i in self.named_by if self.gaz.divisions[i].level == "county"}
        local = [d for d in divisions if d.level in ("township", "village")]
        in_named = [d for d in local if any(a.id in counties for a in self.gaz.chain(d)[1:])]
        # of those, the ones in a county the page names as its own, not only as somewhere else (白沙镇 of 合江县 on
        # its page that writes `与重庆市江津区交界处`, where 江津区 has a 白沙镇 too); a bare town or village whose
        # readings all lie in such neighbours while the page has a county of its own is none of them (竹林村 on a
        # page about 宣化店镇 is not 新县's, named at the border)
        own = self.own_counties
        in_own = [
            d
            for d in in_named
            if any(
                a.id in (self.village_counties if d.level == "village" else own)
                for a in self.gaz.chain(d)[1:]
            )
        ]
        if in_named and not in_own and own:
            divisions = [d for d in divisions if d not in local]
            if not divisions:
                return None
            local, in_named = [], []
        in_named = in_own or in_named
        if in_named:
            divisions = [d for d in divisions if d not in local or d in in_named]
        unpinned = {d.id for d in local} if counties and not in_named else set()
        support = {
            d.id: sum(
                bool(self.named_by.get(a.id, set()) - {name})
                for a in self.gaz.chain(d)[1:]
                if not (d.id in unpinned and a.level == "province")
            )
            for d in divisions
        }
        best = max(support.values())
        if (
            best == 0
        ):  # nothing else in the article points to any reading: only a nationwide name stands alone
            top = min(LEVEL_RANK[d.level] for d in divisions)
            divisions = [d for d in divisions if LEVEL_RANK[d.level] == top]
            if len(divisions) != 1 or top > LEVEL_RANK["county"]:
                return None
            # `盘山` read as the short form of the page's own county (盘山县, in 辽宁), on a page whose counties all lie
            # in another province (蓟州区, 天津): nothing supports that reading; a neighbour in the page's own
            # province stays (`连接汨罗、长沙` on a page about 平江县)
            others = own - {divisions[0].id}
            if name in self.own_county_forms and others:
                province = self._province(divisions[0])
                if all(self._province(self.gaz.divisions[i]) != province for i in others):
                    return None
            return divisions[0]
        winners = [d for d in divisions if support[d.id] == best]
        return winners[0] if len(winners) == 1 and not self._in_another_town(name, winners[0]) else None

    def _province(self, division: Division) -> int:
        """The id of the province the division lies in (its own, for a province)."""
        return next((a.id for a in self.gaz.chain(division) if a.level == "province"), division.id)

    def _in_another_town(self, name: str, division: Division) -> bool:
        """A village the gazetteer lists under a township the article never names, where the article names another
        township as its own: one of the village's county (`双河村` on a page about 南坝镇 is not 柳池镇's 双河村, the
        one the gazetteer lists), or of any county where it never names the village's (`新华社区` on a page about
        吉林市's 口前镇 is not 昌邑区's): villages' names repeat from town to town, and the gazetteer lists only
        some. Such a village is kept in unplaced_villages: the article's county still holds it."""
        if division.level != "village":
            return False
        chain = self.gaz.chain(division)[1:]
        town = next((a for a in chain if a.level == "township"), None)
        county = next((a for a in chain if a.level == "county"), None)
        if town is None or county is None or self._names_it(town):
            return False
        county_named = bool(self.named_by.get(county.id, set()) - self.elsewhere)
        other_town = any(
            (d := self.gaz.divisions[i]).level == "township"
            and d.id != town.id
            and names - self.elsewhere
            and (not county_named or any(a.id == county.id for a in self.gaz.chain(d)[1:]))
            for i, names in self.named_by.items()
        )
        if other_town:
            self.unplaced_villages[name] = division
        return other_town

    def _names_it(self, town: Division) -> bool:
        """Whether the article names this township, not only a namesake of it that lies in a county the article
        names as its own (`西庄镇` on a page about 建水县 is 建水县's, not 韩城市's, whose 西庄村 the gazetteer lists)."""
        own = self.own_counties
        return any(
            not any(
                d.id != town.id and d.level == "township" and any(a.id in own for a in self.gaz.chain(d)[1:])
                for d in self.candidates.get(name, ())
            )
            for name in self.named_by.get(town.id, set()) - self.elsewhere
        )

    def _off_the_article(self, division: Division) -> bool:
        """A township or village that a written chain alone pins (`太平镇双河村`: one 太平镇 in the country has a
        双河村) in a county, city and province the article never names, while it names others: the pair is no
        support for that county (the article's 太平镇 may be one the gazetteer does not list)."""
        if division.level not in ("township", "village"):
            return False
        wide = {i for i in self.named_by if self.gaz.divisions[i].level in _SELF_IDENTIFYING}
        ancestors = {a.id for a in self.gaz.chain(division)[1:] if a.level in _SELF_IDENTIFYING}
        return bool(wide) and not (ancestors & wide)

    def _level(self, name: str) -> str:
        division = self.chosen.get(name)
        if division is not None:
            return division.level
        if name in self.listed_levels:
            return self.listed_levels[name]
        guessed = guess_level(name, self.all_names)
        return self.text_levels.get(name, guessed) if guessed == "other" else guessed

    def _choose_ancestors(self) -> None:
        """A name no context pinned down is the division that a chosen place of the article lies in, where
        exactly one of its readings is such an ancestor (浦市镇 once 浦市镇庄尚村 pins the village)."""
        changed = True
        while changed:
            changed = False
            above = {a.id for d in self.chosen.values() if d is not None for a in self.gaz.chain(d)[1:]}
            for name in self.all_names:
                if self.chosen[name] is None:
                    fits = [d for d in self.candidates[name] if d.id in above]
                    if len(fits) == 1:
                        self.chosen[name], changed = fits[0], True

    def _choose_county_short_forms(self) -> None:
        """A bare name no reading fits that is the short form of one county in the whole country (gazetteer
        county_alias: `洪湖` of 洪湖市, `藁城` of 藁城区) is that county where the article names its prefecture
        or province (`荆州市…洪湖、监利两地`), and no kind word or level the text gives makes it a town or a
        village."""
        named = {
            d.id for d in self.chosen.values() if d is not None and d.level in ("province", "prefecture")
        }
        for name in self.all_names:
            if self.chosen[name] is not None or self.candidates[name] or not is_bare(name):
                continue
            if self.listed_levels.get(name, "county") != "county" or name in self.text_levels:
                continue
            county = self.gaz.county_alias(name)
            if county is not None and any(
                a.id in named for a in self.gaz.chain(self.gaz.divisions[county])[1:]
            ):
                self.chosen[name] = self.gaz.divisions[county]

    def _read_locality(
        self,
        votes: list[str],
        level_votes: Counter[str],
        addresses: Counter[str],
        publisher: str | None,
        tallied: Sequence[str],
    ) -> None:
        """Per level, the division the article's own words name most (ties: first named); the most named
        of all, not counting its names as the higher part of a chain (`addresses`), is what it is about. The
        article's scope words and bare bodies of a level (`我县`, `全县`, `县委`) are the publisher's where it is
        of that level, else the most named one's."""
        # A short form and its full name (应城, 应城市) are one place: their votes add up, under the full name.
        same: dict[object, str] = {}
        for n in votes:
            division = self.chosen.get(n)
            key = division.id if division is not None else n
            if key not in same or (division is not None and n == division.name):
                same[key] = n
        representative = {n: same[self.chosen[n].id if self.chosen.get(n) is not None else n] for n in votes}
        counts = Counter(representative[n] for n in votes if self._level(n) != "other")
        first = {representative[n]: i for i, n in reversed(list(enumerate(votes)))}
        # The article's place of a level also gets the votes of its scope words and bare bodies (全镇, 镇党委).
        for level, extra in level_votes.items():
            at_level = [n for n in counts if self._level(n) == level]
            own = representative.get(publisher) if publisher is not None else None
            # `全市`, `市卫健局`: a prefecture-level city's, else a county-level city's; on a county-level city's
            # own page (`敦化市融媒体中心`), that city's, whatever prefecture-level cities it names
            if (
                level == "prefecture"
                and own in counts
                and self._level(own) == "county"
                and own.endswith(city_suffixes())
            ):
                at_level = [own]
            elif level == "prefecture":  # a city's name or its short form (`铁岭` of 铁岭市)
                at_level = [n for n in at_level if self._full_name(n).endswith(city_suffixes())] or [
                    n for n in counts if self._level(n) == "county" and n.endswith(city_suffixes())
                ]
            if own in at_level and extra:
                counts[own] += extra  # `我县` on 灵璧县融媒体中心's page: 灵璧县, however often 泗县 is named
            elif at_level and extra:
                counts[min(at_level, key=lambda n: (-counts[n], first[n]))] += extra
        own = Counter(counts)
        for n, c in addresses.items():
            if representative.get(n) in own:
                own[representative[n]] -= c
        ranked = sorted(counts.items(), key=lambda item: (-item[1], first[item[0]]))
        # The article's county (its most named) has the article's prefecture and province among its ancestors only
        # (a village's or town's reading is too often another's of its name to rule so)
        county = next((self.chosen.get(n) for n, _ in ranked if self._level(n) == "county"), None)
        above = {a.id for a in self.gaz.chain(county)[1:]} if county is not None else set()
        # A province is too wide to be what a local article is about, unless it names nothing narrower; nor is a
        # city the article's county does not lie in (`河南安阳已对来自津南区的人员实施集中隔离` on a page about 津南区)
        narrow = [
            n
            for n in own
            if self._level(n) != "province" and own[n] > 0 and not self._off_the_county(n, county, above)
        ] or list(own)
        main = min(narrow, key=lambda n: (-own[n], -LEVEL_RANK[self._level(n)], first[n]), default=None)
        self.locality_main = self._about(main, own, tallied)
        if county is None:
            # a page about a town of a city with no counties (塘厦镇 of 东莞市) that names its city: that city, not
            # a neighbour named more often (`与深圳市龙华区接壤`)
            town = next((self.chosen.get(n) for n, _ in ranked if self._level(n) == "township"), None)
            chain = self.gaz.chain(town)[1:] if town is not None else []
            # only where the town lies right under its city (no county between: 东莞, 中山, 儋州)
            town_above = {a.id for a in chain} if chain and chain[0].level == "prefecture" else set()
            if any(
                (d := self.chosen.get(n)) is not None and d.id in town_above and d.level == "prefecture"
                for n, _ in ranked
            ):
                county, above = town, town_above
        main_rank = LEVEL_RANK[self._level(self.locality_main)] if self.locality_main else len(LEVEL_RANK)
        passed: set[str] = set()
        for name, votes in ranked:
            level = self._level(name)
            division = self.chosen.get(name)
            if self._off_the_county(name, county, above):
                continue  # `在长沙作了手术` in a page about 南县: no 市 of its own (`市、县防指` is not 长沙市's)
            if level in self.locality_names or level in passed:
                continue
            # below what the article is about, a place of a level is the article's only where it stands out: a
            # town's page that names 余村 and 大溪村 alike has no village of its own (`村卫生室` is each village's)
            rivals = [v for n, v in ranked if n != name and self._level(n) == level]
            if LEVEL_RANK[level] > main_rank and rivals and votes < OWN_PLACE_LEAD * max(rivals):
                passed.add(level)
                continue
            self.locality_names[level] = name
            if division is not None:
                self.locality_ids[level] = division.id

    def _about(self, main: str | None, own: Counter[str], tallied: Sequence[str]) -> str | None:
        """What the article is about, given the place it names most: that place, unless the places it names that do
        not lie in it (the province around it, other cities and counties, places a list tallies cases by:
        `太原市2例、朔州市1例`) are named more than twice as often; then the most local place the article names
        that holds it and all of them (a province too), else none. A province's bulletin that names 平遥县 a
        little more often than each other county is about the province; a county's page stays the county's."""
        division = self.chosen.get(main) if main is not None else None
        if division is None:
            return main
        others: Counter[int] = Counter()
        for name, votes in [*own.items(), *Counter(tallied).items()]:
            d = self.chosen.get(name)
            if votes > 0 and d is not None and division.id not in {a.id for a in self.gaz.chain(d)}:
                others[d.id] += votes
        if others.total() <= ABOUT_OTHERS * own[main]:
            return main
        common = {a.id for a in self.gaz.chain(division)}.intersection(
            *({a.id for a in self.gaz.chain(self.gaz.divisions[i])} for i in others)
        )
        named = [n for n in own if own[n] > 0 and (d := self.chosen.get(n)) is not None and d.id in common]
        return max(named, key=lambda n: LEVEL_RANK[self._level(n)], default=None)

    def _off_the_county(self, name: str, county: Division | None, above: set[int]) -> bool:
        """A division above the county level that the article's county does not lie in."""
        division = self.chosen.get(name)
        return (
            county is not None
            and division is not None
            and LEVEL_RANK[division.level] < LEVEL_RANK["county"]
            and division.id not in above
        )

    def _full_name(self, name: str) -> str:
        """The name of the division a name was read as, else the name."""
        division = self.chosen.get(name)
        return division.name if division is not None else name

    def _place(self, name: str) -> Place:
        if name in self.built:
            return self.built[name]
        division = self.chosen.get(name)
        stated = self.chains.get(name)
        span = self.chain_spans.get(name)
        if stated is None and name in self.scoped:  # `我县新华镇`: a chain whose head is the article's county
            level, *at = self.scoped[name]
            own = self.locality_names.get(level)
            stated, span = (own, tuple(at)) if own is not None and own != name else (None, None)
        parent = self._place(stated) if stated else None
        how = self.bases.get(name, "chain")
        basis = (how, span) if stated else (None, None)
        if division is not None and parent is not None and not self._lies_in(division, parent):
            division = None  # `新州镇东坡村` in 儋州: a 东坡村 the gazetteer lists under another 新州镇 is not this one
        if (
            division is None
            and parent is None
            and name in self.unplaced_villages
            and name not in self.elsewhere
        ):
            # `双河村` on a page about 南坝镇 of 宣汉县: in the article's county, whichever town holds it
            parent = self._locality_parent(self.unplaced_villages[name])
            basis = ("locality", self.first_seen.get(name)) if parent is not None else basis
        if division is None:
            level = self._level(name)
            if parent is not None:
                key = f"{parent.key}/{name}"
            else:
                key = name if level in _SELF_IDENTIFYING else f"{name}@{self.doc_id}"
            place = Place(name, level, None, key, parent, None, *basis)
        else:
            if parent is None and name not in self.elsewhere:
                parent = self._locality_parent(division)
                basis = ("locality", self.first_seen.get(name)) if parent is not None else basis
            derived = None
            above = self.gaz.chain(division)[1:]
            if above and (parent is None or parent.key != _key(above[0], self.gaz)):
                derived = _gazetteer_place(above[0], self.gaz)
            place = Place(
                # 监利县 as a page from before 2020 writes it is 监利市 (its mention keeps the written form): one
                # name for one division, whichever pages of a build name it
                division.name,
                division.level,
                division.code,
                _key(division, self.gaz),
                parent,
                derived,
                *basis,
            )
        self.built[name] = place
        return place

    def _lies_in(self, division: Division, parent: Place) -> bool:
        """Whether the gazetteer puts the division inside the place the article states as its parent."""
        return any(_key(a, self.gaz) == parent.key for a in self.gaz.chain(division)[1:])

    def _locality_parent(self, division: Division) -> Place | None:
        """The nearest of the division's ancestors that is the article's own county or prefecture (or town,
        for a village): what the article is about, so a township or village in it is stated to lie there. A
        county's own prefecture is not stated so (`我省绥化市望奎县` names the prefecture of another county),
        nor is a province (`湖北` and `武汉` in one article is often where returnees came from), nor the
        frame of a place named only as elsewhere (`与麻城市交界处`: a neighbour). Below the article's own place, a
        county of the chain that the article names is nearer (`湄潭县在湄江街道开展...` on a page about 遵义市: the
        street lies in 湄潭县, which lies in 遵义市); a named town is not (a village's homonyms in two towns of one
        county are told apart by the county, not by which town the article names)."""
        if division.level in ("county", "prefecture", "province"):
            return None
        nearest = None
        for ancestor in self.gaz.chain(division)[1:]:
            if ancestor.level == "province":
                return None
            if self.locality_ids.get(ancestor.level) == ancestor.id:
                return self._place(nearest or self.locality_names[ancestor.level])
            nearest = nearest or self._named_counties.get(ancestor.id)
        return None

    @cached_property
    def _named_counties(self) -> dict[int, str]:
        """The counties the article names (not only as elsewhere), by division id: read once the choices are made
        (run builds the places after every name is chosen)."""
        return {
            d.id: n
            for n, d in self.chosen.items()
            if d is not None and d.level == "county" and n not in self.elsewhere
        }


def _gazetteer_place(division: Division, gaz: gazetteer.Gazetteer) -> Place:
    """A division and its ancestors as the gazetteer gives them: every link derived."""
    above = gaz.chain(division)[1:]
    derived = _gazetteer_place(above[0], gaz) if above else None
    return Place(division.name, division.level, division.code, _key(division, gaz), None, derived)


def _key(division: Division, gaz: gazetteer.Gazetteer) -> str:
    """The division code where the gazetteer has one, else the name under its nearest coded ancestor."""
    if division.code:
        return division.code
    path = [division.name]
    for ancestor in gaz.chain(division)[1:]:
        if ancestor.code:
            return ancestor.code + "/" + "/".join(reversed(path))
        path.append(ancestor.name)
    return "/".join(reversed(path))


def _candidates(
    name: str, names: list[str], gaz: gazetteer.Gazetteer, own_county: bool = False
) -> list[Division]:
    """Divisions of this name; else the article's own longer place it shortens (`南洲` for 南洲镇);
    else a division it is the short form of: one with its level (`石柱县`), any province (`湖北`) or known city
    (`长沙`), one whose full name the article uses, or the one county of that short form in an article that
    speaks of its own county (`我县` ... `舞阳分会场`). A district whose name is an everyday word for a part of
    any town or port (`老城区`, `西港区`: data/place_everyday_divisions.txt) is that district only where the article
    names a division it lies in."""
    found = gaz.lookup(name)
    if found and name in data_words("place_everyday_divisions.txt"):
        return [d for d in found if any(a.name in names for a in gaz.chain(d)[1:])]
    if found:
        return found
    bare = is_bare(name)  # not `解放路` for 解放路街道: a road is no short form of its street
    longer = [n for n in names if n != name and _shortens(name, n) and gaz.lookup(n)] if bare else []
    if longer:
        return gaz.lookup(min(longer, key=len))
    # `三河尖` in an article that names 固始县: the county's township of that name and a town's ending; not a
    # hamlet's, a mountain's or a river's name of its own (`铺子湾`, `朝天山`: data/place_hamlet_endings.txt,
    # model_place_endings.txt), which a township may share
    own = (*data_words("place_hamlet_endings.txt"), *data_words("model_place_endings.txt"))
    if bare and not name.endswith(own):
        towns = [
            d
            for suffix in data_longest_first("place_bare_town_suffixes.txt")
            for d in gaz.lookup(name + suffix)
            if d.level == "township" and any(a.name in names for a in gaz.chain(d)[1:] if a.level == "county")
        ]
        if len(towns) == 1:
            return towns
    if name in gaz.by_level_alias:
        return gaz.lookup_written(name)  # 石柱县, 恩施州: as certain as the full name
    aliased = [gaz.divisions[i] for i in gaz.by_alias.get(name, ())]
    county = gaz.county_alias(name) if own_county else None
    if county is not None:
        return [gaz.divisions[county]]
    if name in gaz.city_aliases:  # `南昌` is 南昌市: its county is written in full (南昌县) where it is meant
        return [d for d in aliased if d.level in ("province", "prefecture") or d.name in names]
    return [d for d in aliased if d.level == "province" or d.name in names]


def _shortens(name: str, longer: str) -> bool:
    """`南洲` of 南洲镇, `石柱` of 石柱土家族自治县: the longer name is this one and a division's ending, maybe after a
    people's name; not `饶阳` of 饶阳店镇 (the town's name is 饶阳店)."""
    if not longer.startswith(name) or longer == name:
        return False
    rest = longer[len(name) :]
    ending = next((e for e, level in suffix_levels() if level != "other" and rest.endswith(e)), None)
    # (an ethnic division's people before its ending: data/place_ethnic_marks.txt)
    return ending is not None and (
        rest == ending or rest[: -len(ending)].endswith(tuple(data_words("place_ethnic_marks.txt")))
    )
