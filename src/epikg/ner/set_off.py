"""Bodies named by how the text sets them off rather than by a suffix after a place: a team's name in quotes
(`“小喇叭宣传队”`), an outlet where it reports the story (`被央视新闻客户端直播`)."""

from __future__ import annotations

import re
from functools import lru_cache

from epikg import gazetteer
from epikg.lexicon import (
    LIST_COMMA,
    alternation,
    data_alternation,
    data_groups,
    data_longest_first,
    data_table,
    data_words,
    ends_inside_a_word,
    generic_bodies,
    is_common_word,
)
from epikg.records import EntityType, Mention

__all__ = ["accounts", "outlets_in_text", "quoted_teams"]


@lru_cache(maxsize=1)
def _outlet_in_text() -> re.Pattern[str]:
    """An outlet named in running text before what it did with the story (data/outlet_report_verbs.txt), starting
    where a name can (after a word of data/outlet_before_words.txt, punctuation or a title mark), and holding
    none of those words."""
    ends = alternation(data_groups("datelines.tsv")["outlet"])
    before = re.escape("".join(sorted(data_words("outlet_before_words.txt"))))
    return re.compile(
        rf"(?:^|(?<=[{before}、,。;:“《【\s]))(?P<name>(?:(?![{before}])[\u4e00-\u9fff]){{2,10}}?(?:{ends}))》?"
        rf"(?:{data_alternation('outlet_report_verbs.txt')})",
        re.MULTILINE,
    )


@lru_cache(maxsize=1)
def _outlet_taken_from() -> re.Pattern[str]:
    """An outlet's name after a word saying the story was taken from it (data/outlet_source_verbs.txt), up to
    punctuation, with an outlet's ending."""
    ends = alternation(data_groups("datelines.tsv")["outlet"])
    return re.compile(
        rf"(?:{data_alternation('outlet_source_verbs.txt')})《?(?P<name>[\u4e00-\u9fff]{{1,10}}(?:{ends}))》?"
        rf"(?=[^\u4e00-\u9fff]|$)"
    )


@lru_cache(maxsize=1)
def _outlet_list() -> re.Pattern[str]:
    """A list of 、-joined names closed by a word of data/outlet_list_words.txt (or by none, group `bare`, words of
    data/outlet_list_adverbs.txt between) and a verb of data/outlet_report_verbs.txt, starting where a name can."""
    before = re.escape("".join(sorted(data_words("outlet_before_words.txt"))))
    return re.compile(
        rf"(?:^|(?<=[{before},。;:“\s]))(?P<items>[\u4e00-\u9fff《》]{{2,14}}?(?:、[\u4e00-\u9fff《》]{{2,14}}?)+)"
        rf"(?:{data_alternation('outlet_list_words.txt')}|(?P<bare>(?:{data_alternation('outlet_list_adverbs.txt')})*))"
        rf"(?:{data_alternation('outlet_report_verbs.txt')})",
        re.MULTILINE,
    )


def _listed_outlets(text: str) -> list[Mention]:
    """`大河报、中国日报等媒体报道`: each item of a list of outlets with an outlet's ending; `湖南日报、红网对此进行了
    报道`: with no word closing the list, only where every item has one."""
    ends = tuple(data_groups("datelines.tsv")["outlet"])
    found = []
    for match in _outlet_list().finditer(text):
        items = [item.strip("《》") for item in match.group("items").split(LIST_COMMA)]
        if match.group("bare") is not None and not all(
            any(item.endswith(end) and len(item) > len(end) for end in ends) for item in items
        ):
            continue
        at = match.start("items")
        for item in match.group("items").split(LIST_COMMA):
            name = item.strip("《》")
            start = at + item.index(name) if name else at
            if any(name.endswith(end) and len(name) > len(end) for end in ends):
                found.append(Mention(name, EntityType.ORGANIZATION, start, start + len(name), "rule:suffix"))
            at += len(item) + 1
    return found


def outlets_in_text(text: str) -> list[Mention]:
    """`被央视新闻客户端直播`, `据新华网报道`: an outlet named where it reports the story; `本文转载自红网`: where the
    story was taken from it; `大河报、中国日报等媒体报道`: each outlet of a list. Not a kind (`各大网站`), nor this
    outlet with what comes before it (`接受本报`, `日前本报`)."""
    found = [
        Mention(m.group("name"), EntityType.ORGANIZATION, m.start("name"), m.end("name"), "rule:suffix")
        for pattern in (_outlet_in_text(), _outlet_taken_from())
        for m in pattern.finditer(text)
    ]
    this_outlet = tuple(data_words("outlet_self_references.txt"))
    return [
        m
        for m in map(_from_its_place, found + _listed_outlets(text))
        if not is_common_word(m.text)
        and m.text[0] not in data_words("org_plural_chars.txt")
        and not m.text.endswith(this_outlet)  # `在接受本报记者采访时`: this paper, no outlet's name before it
    ]


def _from_its_place(mention: Mention) -> Mention:
    """`在回答平江县融媒体中心记者提问时`: an outlet's name starts at the division it is named for, not at the
    everyday word before it (回答) that the reading after 在 took along."""
    gaz = gazetteer.load()
    for k in range(2, len(mention.text) - 3):
        head = mention.text[:k]
        if (
            is_common_word(head)
            and not gaz.knows(head)
            and any(gaz.lookup(mention.text[k : k + n]) for n in range(3, 8))
        ):
            return Mention(mention.text[k:], mention.type, mention.start + k, mention.end, mention.source)
    return mention


def _quoted(group: str, chars: str = r"\u4e00-\u9fff") -> str:
    """A name of 2 to 12 `chars` in any pair of quote marks (data/org_quote_marks.tsv), in groups `group`0, 1..."""
    return _quoted_named(group, rf"[{chars}]{{2,12}}")


@lru_cache(maxsize=1)
def _account() -> re.Pattern[str]:
    """A quoted name right before or after a platform (data/outlet_platforms.txt), or a name in brackets before one."""
    platform = data_alternation("outlet_platforms.txt")
    chars = r"\u4e00-\u9fff\w"  # an account's name may hold letters and digits
    accounts = data_groups("outlet_accounts.tsv")
    named = rf"[\u4e00-\u9fff]{{2,10}}(?:{alternation(accounts['ending'])})"
    return re.compile(
        rf"(?:{_quoted('b', chars)})\s*(?:{platform})|(?:{platform})\s*[:：]?\s*(?:{_quoted('a', chars)})"
        rf"|(?:^|(?<=[\s:：]))(?P<n>[\u4e00-\u9fff]{{2,12}})[(（](?:{platform})[)）]"
        # `文章来源于微信公众号:新邵发布`: the account after the platform and a colon, to the line's end
        rf"|(?:{platform})\s*[:：]\s*(?P<c>[\u4e00-\u9fff]{{2,12}})(?=\s*(?:$|[,。;)]))"
        # `据“祁东发布”消息`, `关注“安化发布”`: a government's account, quoted, as a source or to follow
        rf"|(?:{alternation(accounts['before'])})(?:{_quoted_named('d', named)})",
        re.MULTILINE,
    )


def _quoted_named(group: str, name: str) -> str:
    """A `name` (a pattern) in any pair of quote marks (data/org_quote_marks.tsv), in groups `group`0, 1..."""
    return "|".join(
        rf"{re.escape(o)}(?P<{group}{i}>{name}){re.escape(c)}"
        for i, (o, c) in enumerate(data_table("org_quote_marks.tsv").items())
    )


def accounts(text: str) -> list[Mention]:
    """`“北流发布”微信公众号`, `微信公众号"缙云发布"`, `转载:山南发布(微信公众号)`: an outlet's account on a platform,
    named as the page writes it; not a feature of the account named in quotes (`公众号“返建报备”通道`)."""
    found = []
    features = tuple(data_groups("outlet_accounts.tsv")["feature"])
    for match in _account().finditer(text):
        group = next(g for g, value in match.groupdict().items() if value)
        if text.startswith(features, match.end(group) + 1):
            continue  # `微信公众号“返建报备”通道`: the account's channel, named in quotes
        found.append(
            Mention(
                match.group(group),
                EntityType.ORGANIZATION,
                match.start(group),
                match.end(group),
                "rule:suffix",
            )
        )
    return found


@lru_cache(maxsize=1)
def _quoted_team() -> re.Pattern[str]:
    """A quoted name, and the few words after it up to a team's ending (data/org_team_endings.txt)."""
    ends = alternation(data_longest_first("org_team_endings.txt"))
    return re.compile(rf"(?:{_quoted('q')})(?P<tail>[\u4e00-\u9fff]{{0,6}}?(?:{ends}))?")


@lru_cache(maxsize=1)
def _quoted_shop() -> re.Pattern[str]:
    """A quoted brand right before a shop's ending (data/org_brand_suffixes.txt)."""
    return re.compile(rf"(?:{_quoted('q')})(?P<end>{data_alternation('org_brand_suffixes.txt')})")


def quoted_shops(text: str) -> list[Mention]:
    """`县城“好邻居”超市`: a shop whose brand the page sets in quotes, named by the brand and its ending
    (好邻居超市), read over the quotes; not an everyday word (`“放心”超市`)."""
    found = []
    for match in _quoted_shop().finditer(text):
        brand = next(value for group, value in match.groupdict().items() if group.startswith("q") and value)
        if not is_common_word(brand):
            found.append(
                Mention(
                    text[match.start() : match.end()],
                    EntityType.ORGANIZATION,
                    match.start(),
                    match.end(),
                    "rule:suffix",
                    brand + match.group("end"),
                )
            )
    return found


def quoted_teams(text: str) -> list[Mention]:
    """`“小喇叭宣传队”`, `“海淀街道文明小哥”物资运送车队`: a team the genre names in quotes; the quoted words are its
    name. Not a kind of team (`“党员突击队”`: an everyday word and a team's suffix) nor a slogan with a numeral."""
    numerals = data_table("numerals.tsv")
    found = []
    for match in _quoted_team().finditer(text):
        group = next(g for g in match.groupdict() if g.startswith("q") and match.group(g))
        name = match.group(group)
        if not match.group("tail") and not name.endswith(data_longest_first("org_team_endings.txt")):
            continue
        if any(c in data_words("place_function_chars.txt") for c in match.group("tail") or ""):
            continue  # `有“狮子王”之称的阿队`: a clause runs on to a team's ending, no team's name
        if match.group("tail") and ends_inside_a_word(text, match.end()):
            continue  # `组成“楼栋长”队伍`: 队伍, a team in general; the quoted words are what its members are called
        if (match.group("tail") or name).endswith(tuple(data_words("org_not_endings.txt"))):
            continue  # `扫“云南健康码”登记后再排队`: what people do (排队, to queue), no team's ending
        if any(c in numerals for c in name) or (is_common_word(name[:2]) and name[2:] in generic_bodies()):
            continue
        if _members_kind(name):
            continue  # `“志愿者服务队”`: a team named by the people it is made of, a kind set in quotes
        if _after_a_count(text, match.start(), numerals) or (
            match.group("tail") and counted_after(text, match.end())
        ):
            continue  # `组成12支“敲门行动”小分队`, `组建“代购代送”志愿服务队156支`: teams of a campaign counted, no one body
        found.append(
            Mention(name, EntityType.ORGANIZATION, match.start(group), match.end(group), "rule:suffix")
        )
    return found


@lru_cache(maxsize=1)
def _number() -> re.Pattern[str]:
    """A number in digits (half or full width) or in numerals (data/numerals.tsv)."""
    return re.compile(r"[0-9０-９]+|[" + "".join(data_table("numerals.tsv")) + "]+")


def counted_after(text: str, end: int) -> bool:
    """A count of teams follows the name (`巾帼志愿服务队63支`, `青年突击队十二支`: a number and the team measure
    word of data/org_team_counters.txt): the name is of a kind the page counts, no one body."""
    digits = _number().match(text, end)
    return digits is not None and text.startswith(tuple(data_words("org_team_counters.txt")), digits.end())


def _members_kind(name: str) -> bool:
    """`志愿者服务队`, `党员先锋队`: the people a team is made of (data/org_member_words.txt) and a kind of body's
    ending (data/org_suffixes.txt), nothing more: a kind of team, no name."""
    member = next((w for w in data_longest_first("org_member_words.txt") if name.startswith(w)), None)
    return member is not None and name[len(member) :] in data_words("org_suffixes.txt")


def _after_a_count(text: str, at: int, numerals: dict[str, str]) -> bool:
    """A count of teams right before `at`: digits or numerals, then a measure word (data/org_team_counters.txt)."""
    counter = next((c for c in data_longest_first("org_team_counters.txt") if text.endswith(c, 0, at)), None)
    before = at - len(counter) if counter else at
    return counter is not None and before > 0 and (text[before - 1].isdigit() or text[before - 1] in numerals)
