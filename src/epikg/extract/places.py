"""Place mentions -> places with a level, the containment the article states, and a division code where known.

Containment comes from the article: a written chain (`湖南省平江县城关镇`, read as adjacent
mentions), the same town's chain elsewhere in the text, or the article's own place (its
locality: what its place mentions, its bodies' names and its outlet name most) when the
gazetteer confirms that the town lies in it. The gazetteer may also choose between the
divisions of a name (`南洲镇` is in two counties) and add a division code and its own
ancestors, but only where exactly one division fits the places the article names: such
ancestors are `derived_parent`, never `parent`, so a query can ask for what the article
states. A township or village name that no article context pins down gets no division
and is keyed on its article, so namesakes in different counties never merge.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from epikg import gazetteer, spans
from epikg.extract.place_levels import sibling_levels, text_levels
from epikg.gazetteer import Division
from epikg.lexicon import data_groups, data_longest_first, data_rows, data_table, data_words
from epikg.records import EntityType, Mention, Place

RANK = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4, "other": 5}
# Levels whose names identify a division nationwide; townships and villages repeat from county to county.
_SELF_IDENTIFYING = ("province", "prefecture", "county")


@lru_cache(maxsize=1)
def _suffix_levels() -> tuple[tuple[str, str], ...]:
    return tuple(data_rows("place_suffix_levels.tsv"))


def level_from_suffix(name: str) -> str:
    """The level a division's name announces (data/place_suffix_levels.tsv); two-character names announce none."""
    if len(name) < 3:
        return "other"
    for ending, level in _suffix_levels():
        if name.endswith(ending):
            return level
    return "other"


@dataclass(frozen=True)
class Locality:
    """The article's own places, one per level: the one its own words name most at that level."""

    by_level: dict[str, Place] = field(default_factory=dict)
    main: Place | None = None  # the division it names most (ties: the more local): what it is about


def leading_division(text: str) -> str | None:
    """The longest division name a text starts with (`南县` in 南县县委), if any."""
    gaz = gazetteer.load()
    kinds = data_words("place_village_suffixes.txt") | data_words("place_kind_words.txt")
    for length in range(min(len(text) - 1, 12), 1, -1):
        if gaz.lookup(text[:length]) and text[:length] not in kinds:  # `社区党委`: a kind, though 社区 is a
            return text[:length]  # township's name somewhere
    return None


# Characters after a place within which a border word makes it a neighbour (`与平江县的交界`).
_BORDER_REACH = 6


def is_elsewhere(text: str, mention: Mention) -> bool:
    """A place named as where people come from or go to, or as a neighbour at a border (data/place_elsewhere.tsv)."""
    words = data_groups("place_elsewhere.tsv")
    before = text[max(0, mention.start - 3) : mention.start]
    if before.endswith(words.get("origin_before", ())) and not text.startswith(
        words.get("learned_after", ()), mention.end
    ):
        return True
    if before.endswith(words.get("toward_before", ())):
        return True
    if text.startswith(words.get("origin_after", ()), mention.end):
        return True
    reach = text[mention.end : mention.end + _BORDER_REACH]
    return any(word in reach for word in words.get("border_after", ()))


def _list_marks() -> frozenset[str]:
    """What stands between the places of a list (data/list_joiners.txt, list_alternatives.txt)."""
    return data_words("list_joiners.txt") | data_words("list_alternatives.txt")


def _level_of_char() -> dict[str, str]:
    """Level characters below the prefecture (data/level_chars.tsv): a body named by one alone votes."""
    return {
        c: level
        for c, level in data_table("level_chars.tsv").items()
        if level in ("county", "township", "village")
    }


def scope_words() -> dict[str, str]:
    """Scope words (`全镇`, `本村`, `全市`: data/measure_places.tsv) and the level whose own place they mean
    (`city`: a county-level city or a prefecture)."""
    groups = data_groups("measure_places.tsv")
    return {
        word: kind.removeprefix("scope_")
        for kind in groups
        if kind.startswith("scope_")
        for word in groups[kind]
    }


def _level_votes(text: str, mentions: Sequence[Mention]) -> Counter[str]:
    """How often the article points at its own place of a level without naming it: scope words (`全镇`) and
    bodies named by their level alone (`镇党委`, `县防指`). They vote for the article's place of that level."""
    votes: Counter[str] = Counter()
    for word, level in scope_words().items():
        if level in RANK:
            votes[level] += text.count(word)
    for m in mentions:
        if (
            m.type is EntityType.ORGANIZATION
            and m.text[:1] in _level_of_char()
            and m.text[1:2]
            and m.text[1:2] not in data_words("place_level_marks.txt")
        ):
            votes[_level_of_char()[m.text[0]]] += 1
    return votes


def _elsewhere(text: str, places: list[Mention]) -> set[tuple[int, int]]:
    """The spans of places named as somewhere else; a list shares its last member's role
    (`湖北、武汉返乡人员`: both are where people came from)."""
    spans = {(m.start, m.end) for m in places if is_elsewhere(text, m)}
    for before, after in reversed(list(zip(places, places[1:], strict=False))):
        if (after.start, after.end) in spans and text[before.end : after.start] in _list_marks():
            spans.add((before.start, before.end))
    return spans


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
    elsewhere = _elsewhere(text, [m for m in ordered if m.type is EntityType.PLACE]) if text else set()
    voters = [m.text for m in ordered if m.type is EntityType.PLACE and (m.start, m.end) not in elsewhere]
    # In a written chain (`东坡区苏祠街道上游社区`) the higher places address the last one: they still say
    # which county the article is in, but not that the article is about that county.
    # A body's or a facility's name that begins with a division (`澧县出入口`, `苍南县动车站`) names it too.
    heads = [
        (m, leading_division(m.text))
        for m in ordered
        if m.type is EntityType.ORGANIZATION
        or (m.type is EntityType.PLACE and level_from_suffix(m.text) == "other")
    ]
    heads = [(m, head) for m, head in heads if head != m.text]
    # A chain runs on inside a body's name (`茶陵县`+`火田镇新丰村村委会`): its leading division and the
    # village it holds are links of the chain too.
    inside = [
        Mention(head, EntityType.PLACE, m.start, m.start + len(head), m.source) for m, head in heads if head
    ]
    links = list(_chain_links(sorted([*ordered, *inside, *in_bodies], key=lambda m: m.start)))
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
    # `合隆` and `合隆镇` in one article are one town: what is stated of either is stated of the full name.
    full = _written_in_full([*names, *(h for _, h in heads if h)])
    for bare, name in full.items():
        if bare in chains and name not in chains:
            chains[name] = chains[bare]
            if bare in located:
                located[name] = chains[name]
    outlet_head = leading_division(outlet) if outlet else None
    context = [h for h in [*(h for _, h in heads), outlet_head] if h]
    first_seen: dict[str, tuple[int, int]] = {}
    for m in ordered:
        if m.type is EntityType.PLACE:
            first_seen.setdefault(m.text, (m.start, m.end))
    for m, head in heads:
        if head:
            first_seen.setdefault(head, (m.start, m.start + len(head)))
    resolver = _Resolver(names, context, chains, doc_id, first_seen, own_county=_speaks_of_its_county(text))
    resolver.located = {name for name in located if chains[name] == located[name]}
    if text:
        resolver.text_levels = _bare_levels(text, [m for m in ordered if m.type is EntityType.PLACE], names)
        here = {m.text for m in ordered if m.type is EntityType.PLACE and (m.start, m.end) not in elsewhere}
        resolver.elsewhere = {m.text for m in ordered if m.type is EntityType.PLACE} - here
    level_votes = _level_votes(text, ordered) if text else Counter()
    places, locality = resolver.run(votes=[*voters, *context], level_votes=level_votes, addresses=addresses)
    return {name: places[full.get(name, name)] for name in places}, locality


def _written_in_full(names: Iterable[str]) -> dict[str, str]:
    """Each bare name (`合隆`, `柳林`) whose town or village the article also names in full (`合隆镇`), where
    exactly one such full name stands: bare name -> full name."""
    names = set(names)
    endings = (*data_words("place_township_suffixes.txt"), *data_words("place_village_suffixes.txt"))
    found = {}
    for bare in names:
        if not _is_bare(bare):
            continue
        full = [bare + ending for ending in endings if bare + ending in names]
        if len(full) == 1:
            found[bare] = full[0]
    return found


def _bare_levels(text: str, places: Sequence[Mention], names: Sequence[str]) -> dict[str, str]:
    """The level the text gives each bare name (extract/place_levels.py): its list's kind or its level word
    elsewhere, else the one level of the places it is listed with."""
    levels = text_levels(text, [(m.text, m.start, m.end) for m in places if _is_bare(m.text)])

    def level_of(name: str) -> str:
        guessed = _guess_level(name, names)
        return levels.get(name, guessed) if guessed == "other" else guessed

    siblings = sibling_levels(text, [(m.text, m.start, m.end) for m in places], level_of)
    levels.update({name: level for name, level in siblings.items() if _is_bare(name)})
    return levels


def resolve(names: Iterable[str], context: Iterable[str] = (), *, doc_id: str = "") -> dict[str, Place]:
    """Resolve place names without positions (so without written chains); `context` names vote and resolve too."""
    names = list(names)
    context = list(context)
    places, _ = _Resolver(names, context, {}, doc_id).run(votes=[*names, *context])
    return places


def _is_bare(name: str) -> bool:
    """A name whose ending announces no kind of place (`石桥`, `红旗`; not `石桥镇`, `解放路` or `城南花园`):
    two characters announce none (data/place_suffix_levels.tsv, place_name_suffixes.txt)."""
    if len(name) == 2:
        return True
    endings = (*data_longest_first("place_name_suffixes.txt"), *(e for e, _ in _suffix_levels()))
    return len(name) > 2 and not name.endswith(endings)


def _chain_links(mentions: Sequence[Mention]) -> Iterator[tuple[Mention, str, int]]:
    """Every (higher place, the name written right after it, where that name ends): `平江县城关镇`,
    `平江县城关镇党委`. Where a place and a body both start right after it (`火田镇新丰村` and `新丰村村委会`),
    the place is the link."""
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
            and RANK[_guess_level(before.text, named)] < RANK[_guess_level(name, named)]
        ):
            yield before, name, before.end + len(name)


_LOCATED_REACH = 16  # characters between the containing place and the place it describes after 的
_CLAUSE_BREAK = re.compile(r"[,，。;；!！?？:：\n]")


def _located(text: str, mentions: Sequence[Mention]) -> dict[str, tuple[str, int, int]]:
    """Where the text says a place lies (data/place_located_words.tsv): `桂花村位于石门乡东北部` (the place right
    before the word lies in the one right after it), `位于农安县南部、紧邻长春城区的合隆` (the place after the word
    holds the one it describes after 的, in the same clause). Name -> (its higher place, the statement's span)."""
    places = [m for m in mentions if m.type is EntityType.PLACE]
    named = [m.text for m in places]
    found: dict[str, tuple[str, int, int]] = {}
    words = data_groups("place_located_words.tsv")
    for word in words["word"]:
        for at, word_end in spans.occurrences(text, word):
            after = next((m for m in places if m.start == word_end), None)
            if after is None:
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
                or RANK[_guess_level(after.text, named)] >= RANK[_guess_level(before.text, named)]
            ):
                continue
            found.setdefault(before.text, (after.text, min(at, before.start), max(after.end, before.end)))
    return found


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
        level = _guess_level(name, named)
        following = [m for m in places if m.start >= end]
        at = end
        for m in following:
            if text[at : m.start] not in _list_marks() or _guess_level(m.text, named) != level:
                break
            if m.text not in chained:
                found.append((before, m.text, m.end))
            at = m.end
    return found


def _guess_level(name: str, names: Sequence[str] = ()) -> str:
    """The level of a name's readings where they agree (a short form read as the article's full name:
    `海淀` is 海淀区 where the article says 海淀区), else the level its ending announces."""
    levels = {d.level for d in _candidates(name, [name, *names], gazetteer.load())}
    return levels.pop() if len(levels) == 1 else level_from_suffix(name)


class _Resolver:
    """One article's place names: the division each one is (if any fits), then Place records."""

    def __init__(
        self,
        names: list[str],
        context: list[str],
        chains: dict[str, tuple[str, int, int]],
        doc_id: str,
        first_seen: dict[str, tuple[int, int]] | None = None,
        own_county: bool = False,
    ) -> None:
        self.gaz = gazetteer.load()
        self.names = list(dict.fromkeys(names))
        self.chains = {name: parent for name, (parent, _, _) in chains.items()}
        self.chain_spans = {name: (start, end) for name, (_, start, end) in chains.items()}
        self.first_seen = first_seen or {}
        self.all_names = list(dict.fromkeys([*self.names, *context, *self.chains.values()]))
        self.doc_id = doc_id
        self.candidates = {n: _candidates(n, self.all_names, self.gaz, own_county) for n in self.all_names}
        self.named_by: dict[int, set[str]] = {}  # division id -> the names of the article that may mean it
        for name, divisions in self.candidates.items():
            for d in divisions:
                self.named_by.setdefault(d.id, set()).add(name)
        self.chosen: dict[str, Division | None] = {}
        self.built: dict[str, Place] = {}
        self.locality_ids: dict[str, int] = {}
        self.locality_names: dict[str, str] = {}
        self.text_levels: dict[str, str] = {}  # bare names -> the level the text gives them (place_levels)
        self.located: set[str] = set()  # names whose parent a located word states (`桂花村位于石门乡`)
        self.elsewhere: set[str] = set()  # names the article writes only as somewhere else (`从武汉返乡`)

    def run(
        self, votes: list[str], level_votes: Counter[str] | None = None, addresses: Counter[str] | None = None
    ) -> tuple[dict[str, Place], Locality]:
        for name in self.all_names:
            self.chosen[name] = self._choose(name)
        self._choose_ancestors()
        self._read_locality(votes, level_votes or Counter(), addresses or Counter())
        places = {name: self._place(name) for name in self.all_names}
        by_level = {level: places[name] for level, name in self.locality_names.items()}
        main = self.locality_main and places[self.locality_main]
        return places, Locality(by_level, main)

    def _choose(self, name: str) -> Division | None:
        """The one division of this name that the article's context supports, if exactly one does."""
        divisions = self.candidates[name]
        stated = self.chains.get(name)
        if stated is not None:
            parent_ids = {d.id for d in self.candidates.get(stated, [])}
            divisions = [d for d in divisions if any(a.id in parent_ids for a in self.gaz.chain(d)[1:])]
            if len(divisions) == 1:
                return divisions[0]
        if not divisions:
            return None
        support = {
            d.id: sum(bool(self.named_by.get(a.id, set()) - {name}) for a in self.gaz.chain(d)[1:])
            for d in divisions
        }
        best = max(support.values())
        if (
            best == 0
        ):  # nothing else in the article points to any reading: only a nationwide name stands alone
            top = min(RANK[d.level] for d in divisions)
            divisions = [d for d in divisions if RANK[d.level] == top]
            return divisions[0] if len(divisions) == 1 and top <= RANK["county"] else None
        winners = [d for d in divisions if support[d.id] == best]
        return winners[0] if len(winners) == 1 else None

    def _level(self, name: str) -> str:
        division = self.chosen.get(name)
        if division is not None:
            return division.level
        guessed = _guess_level(name, self.all_names)
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

    def _read_locality(self, votes: list[str], level_votes: Counter[str], addresses: Counter[str]) -> None:
        """Per level, the division the article's own words name most (ties: first named); the most named
        of all, not counting its names as the higher part of a chain (`addresses`), is what it is about."""
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
            if at_level and extra:
                counts[min(at_level, key=lambda n: (-counts[n], first[n]))] += extra
        own = Counter(counts)
        for n, c in addresses.items():
            if representative.get(n) in own:
                own[representative[n]] -= c
        # A province is too wide to be what a local article is about, unless it names nothing narrower.
        narrow = [n for n in own if self._level(n) != "province" and own[n] > 0] or list(own)
        self.locality_main = min(
            narrow, key=lambda n: (-own[n], -RANK[self._level(n)], first[n]), default=None
        )
        for name, _ in sorted(counts.items(), key=lambda item: (-item[1], first[item[0]])):
            level = self._level(name)
            if level not in self.locality_names:
                self.locality_names[level] = name
                division = self.chosen.get(name)
                if division is not None:
                    self.locality_ids[level] = division.id

    def _place(self, name: str) -> Place:
        if name in self.built:
            return self.built[name]
        division = self.chosen.get(name)
        stated = self.chains.get(name)
        parent = self._place(stated) if stated else None
        how = "located" if name in self.located else "chain"
        basis = (how, self.chain_spans.get(name)) if stated else (None, None)
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

    def _locality_parent(self, division: Division) -> Place | None:
        """The nearest of the division's ancestors that is the article's own county or prefecture (or town,
        for a village): what the article is about, so a township or village in it is stated to lie there. A
        county's own prefecture is not stated so (`我省绥化市望奎县` names the prefecture of another county),
        nor is a province (`湖北` and `武汉` in one article is often where returnees came from), nor the
        frame of a place named only as elsewhere (`与麻城市交界处`: a neighbour)."""
        if division.level in ("county", "prefecture", "province"):
            return None
        for ancestor in self.gaz.chain(division)[1:]:
            if ancestor.level == "province":
                return None
            if self.locality_ids.get(ancestor.level) == ancestor.id:
                return self._place(self.locality_names[ancestor.level])
        return None


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


def _speaks_of_its_county(text: str | None) -> bool:
    """The article points at its own county (`我县`, `全县`: the scope_county words of data/measure_places.tsv)."""
    return bool(text) and any(
        word in text for word in data_groups("measure_places.tsv").get("scope_county", ())
    )


def _candidates(
    name: str, names: list[str], gaz: gazetteer.Gazetteer, own_county: bool = False
) -> list[Division]:
    """Divisions of this name; else the article's own longer place it shortens (`南洲` for 南洲镇);
    else a division it is the short form of: one with its level (`石柱县`), any province (`湖北`) or known city
    (`长沙`), one whose full name the article uses, or the one county of that short form in an article that
    speaks of its own county (`我县` ... `舞阳分会场`)."""
    found = gaz.lookup(name)
    if found:
        return found
    longer = [
        n for n in names if n != name and n.startswith(name) and _is_bare(name) and gaz.lookup(n)
    ]  # not `解放路` for 解放路街道: a road is no short form of its street
    if longer:
        return gaz.lookup(min(longer, key=len))
    if name in gaz.by_level_alias:
        return gaz.lookup_written(name)  # 石柱县, 恩施州: as certain as the full name
    aliased = [gaz.divisions[i] for i in gaz.by_alias.get(name, ())]
    if own_county and name in gaz.county_aliases:
        return [gaz.divisions[gaz.county_aliases[name]]]
    return [d for d in aliased if d.level == "province" or d.name in names or name in gaz.city_aliases]
