"""Aligned page text -> clean Simplified body: conversion residue, mojibake and boilerplate removed.

Every step rewrites an AlignedText, so each character of the result still knows
which raw-page characters it came from.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from epikg import lexicon
from epikg.read.ingest import common_chars, splice, substitute
from epikg.read.page_layout import comment_heading
from epikg.read.script import fold, to_simplified
from epikg.read.tables import header_width, width
from epikg.records import AlignedText, Sentence

_PY = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ"
_TONED = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# `戰(zhàn)`: a character followed by its own reading in brackets, left by a converter.
_RESIDUE = re.compile(rf"([{_CJK}])[((]([{_PY}]{{1,6}})[))]")
# `日?qǐng)?bào)`: a character lost to `?`, then one or more `?pinyin)` fragments.
_MOJIBAKE_CHAIN = re.compile(rf"(?:\?[{_PY}]{{1,6}}\))+")
_MOJIBAKE_FRAGMENT = re.compile(rf"\?([{_PY}]{{1,6}})\)")
# `?!` stands where `。”` was lost; it ends a sentence.
_LOST_STOP = re.compile(r"\?!")


@lru_cache(maxsize=1)
def _readings() -> dict[str, frozenset[str]]:
    """Toned readings of each character, from jionlp's character dictionary."""
    return lexicon.char_readings()


@lru_cache(maxsize=1)
def _chars_read() -> dict[str, tuple[str, ...]]:
    """The characters of each toned reading: `recover_char` looks its syllable up, not every character's readings."""
    found: dict[str, list[str]] = {}
    for char, readings in _readings().items():
        for reading in readings:
            found.setdefault(reading, []).append(char)
    return {reading: tuple(chars) for reading, chars in found.items()}


@lru_cache(maxsize=1)
def _words() -> lexicon.TwoCharacterWords:
    return lexicon.two_character_words()


def _is_reading(char: str, syllable: str) -> bool:
    readings = _readings().get(char, frozenset())
    if syllable in readings:
        return True
    return not _TONED.search(syllable) and any(_strip_tone(r) == syllable for r in readings)


_TONE_TABLE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ", "aaaaeeeeiiiioooouuuuüüüümnnn")


def _strip_tone(syllable: str) -> str:
    return syllable.translate(_TONE_TABLE)


def recover_char(syllable: str, before: str, after: str) -> str | None:
    """The lost character, when exactly one character with this reading makes a word with a neighbour."""
    before, after = to_simplified(before), to_simplified(after)
    words = _words()
    candidates = {
        char
        for char in _chars_read().get(syllable, ())
        if (before and before + char in words) or (after and char + after in words)
    }
    return candidates.pop() if len(candidates) == 1 else None


# Where GBK text read one byte off may start: a non-ASCII character right after a lost byte's `?`, a mark read
# from half a pair (`?!毙畔`) or a residue's bracket (`zhǔn)諉栴}`).
_AFTER_A_SINGLE_BYTE = re.compile(r"(?<=[?!)])[^\x00-\x7f\s]")
_READ_AHEAD = 40  # characters a reading one byte off is followed for, at most


def _odd(char: str) -> bool:
    """Neither punctuation nor an everyday character once read as Simplified."""
    common = common_chars()
    return (
        char not in common
        and not unicodedata.category(char).startswith("P")
        and to_simplified(char) not in common
    )


def read_in_step(text: str) -> tuple[int, str] | None:
    """`?!毙畔⒚艌?bào)`, `。痹谂R街`: GBK text read one byte off, where a converter lost a byte (`。”在臨街`: the second
    byte of `”` and the first of `在` read as one character, and so on, until an ASCII byte put the reading back in
    step), read again in step. `text` starts where the reading may be off; gives how many of its characters were
    off and what they read in step (a last byte whose pair was lost is dropped: the residue after it may give
    the character back), or None. Only where the characters off include an odd one and the reading in step is
    everyday characters making words with the text after it."""
    text = text[:_READ_AHEAD]
    data = bytearray()
    bounds = {0}  # where each character of the text starts and ends, in its GBK bytes
    for char in text:
        code = char.encode("gb18030")
        if len(code) > 2:  # no character of GBK's
            break
        data += code
        bounds.add(len(data))
    again, at = [], 1
    while at < len(data) and at not in bounds:
        width = 2 if data[at] >= 0x81 else 1
        try:
            again.append(bytes(data[at : at + width]).decode("gb18030"))
        except UnicodeDecodeError:
            if at + 1 not in bounds:
                return None
            at += 1  # a lead byte whose pair was lost
            break
        at += width
    if at not in bounds or not again:
        return None
    off = sorted(bounds).index(at)
    if not any(map(_odd, text[:off])) or any(map(_odd, again)):
        return None
    words = _words()
    read = "".join(again) + text[off : off + 1]
    pairs = sum(1 for a, b in itertools.pairwise(to_simplified(read)) if a + b in words)
    if 3 * pairs < len(read) - 1:
        return None
    return off, "".join(again)


def remove_residue(text: AlignedText) -> AlignedText:
    """Drop pinyin residue and mojibake fragments, recovering a lost character only when certain; GBK text read
    one byte off read again in step first (so a lost character's residue has its neighbours)."""

    def chain(match: re.Match[str]) -> str:
        syllables = _MOJIBAKE_FRAGMENT.findall(match.group(0))
        before = text.text[match.start() - 1] if match.start() else ""
        after = text.text[match.end()] if match.end() < len(text.text) else ""
        recovered = recover_char(syllables[-1], before, after) if syllables else None
        return recovered or ""

    def residue(match: re.Match[str]) -> str:
        char, syllable = match.group(1), match.group(2)
        if _TONED.search(syllable) or _is_reading(char, syllable):
            return char
        return match.group(0)

    text = _in_step(text)
    text = substitute(text, _MOJIBAKE_CHAIN, chain)
    text = substitute(text, _RESIDUE, residue)
    return substitute(text, _LOST_STOP, "。")


def _in_step(text: AlignedText) -> AlignedText:
    """The page with every run of GBK read one byte off (read_in_step) read again in step."""
    edits: list[tuple[int, int, str]] = []
    for match in _AFTER_A_SINGLE_BYTE.finditer(text.text):
        at = match.start()
        if (not edits or at >= edits[-1][1]) and (found := read_in_step(text.text[at:])) is not None:
            edits.append((at, at + found[0], found[1]))
    return splice(text, edits)


def fold_aligned(text: AlignedText) -> AlignedText:
    """Traditional to Simplified and full to half width; both keep length, so offsets carry over."""
    folded = fold(text.text)
    assert len(folded) == len(text.text)
    return AlignedText(folded, text.starts, text.ends)


# A name padded to the width of three (`王 平`), or spaced out character by character with even gaps (`韩 晓 峰`;
# `徐  峰 陈  丽` is two padded names, not 徐峰陈).
_PADDED = re.compile(
    r"([\u4e00-\u9fff])([ \u3000]{1,2})([\u4e00-\u9fff])(?:\2(?P<third>[\u4e00-\u9fff])(?![\u4e00-\u9fff]))?"
)
# ` 王建华 徐  峰 `: whole names (padded or not), each set apart by spaces
_SPACED_NAMES = re.compile(
    r"(?:[ \u3000]+(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]))+[ \u3000]+"
)
_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]{1,2}(?=[\u4e00-\u9fff])")
# `指 挥 长:`, `成  员:`: a line's label spaced out, its characters and gaps, before its colon
_SPACED_LABEL = re.compile(r"[ \u3000]*((?:[\u4e00-\u9fff][ \u3000]{1,2}){1,5}[\u4e00-\u9fff])[ \u3000]*:")
# `白班:韦　敏　罗　军　盘金凤`: the names of a labelled roster's line, padded or not, set apart by spaces
_ROSTER_NAMES = re.compile(
    r"[ \u3000]*(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])"
    r"(?:[ \u3000]+(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]))+[ \u3000]*"
)
_LABEL_REACH = 8  # characters of a roster line's label before its colon (`值班人员`, `白班`)
_LIST_ITEM_ENDS = frozenset("、,;。")  # after fold_aligned: commas and semicolons are half width
_LIST_REACH = 40  # characters back to the title that opens a list of names: a handful of names


def unpad_names(text: AlignedText) -> AlignedText:
    """Join a two-character name padded to the width of three (`王 平`, `向　军`), or a name spaced out character
    by character (`韩 晓 峰`), as lists and some pages set it, where a name is expected: right after a title word,
    spaces or a colon between or not (`村委会主任王 平带领`, `副县长苏 敏、马少华`, `县长 黄 斌 在`, `组长:李  强`),
    or opening a line of a list before more spaces or a bracket (`向　军　龙潭镇党委书记`, `舒　红(女)`), or in a labelled
    roster's line of names (`白班:韦　敏　罗　军　盘金凤`). Its first character is a surname,
    and a word that follows names is no name's last (`李 明 等`: data/person_followers.txt). A two-character title
    padded so before a colon, as the label of such a list's line, is joined too (`组  长:张明`)."""
    single, _ = lexicon.surnames()
    titles = tuple(word for word in lexicon.titles() if len(word) >= 2)
    followers = lexicon.data_words("person_followers.txt")
    page = text.text

    def name_over(start: int, gap: int) -> bool:
        """A padded name starts at `start`, where a name is expected, and holds the gap at `gap`."""
        match = _PADDED.match(page, start)
        if match is None or page[start] not in single or not start < gap < match.end():
            return False
        if in_a_labelled_roster(start):
            # `韦　敏　罗　军`: a roster's names two by two, a surname and one character, none spaced out in three,
            # each pair a whole item (`杨雪梅　李　涛`: 梅 ends a name, no pair 梅李), before a space or the end
            return (
                page[start - 1 : start] in " \u3000:"
                and gap == match.start(2)
                and page[match.end(3) : match.end(3) + 1] in " \u3000\n"
            )
        if match.group("third") and match.group("third") in followers:
            return match.end(3) > gap  # `李 明 等`: the name is 李明
        opens_line = start == 0 or page[start - 1] == "\n"
        return (
            page[max(0, start - 10) : start].rstrip(" \u3000:").endswith(titles)
            or (opens_line and page[match.end() : match.end() + 1] in (" ", "\u3000", "("))
            or in_a_titled_list(start, match.end())
            or in_a_spaced_list(start)
        )

    def in_a_labelled_roster(start: int) -> bool:
        """`白班:韦　敏　罗　军　盘金凤`: a name of a line that a label and its colon open and that holds nothing
        but names set apart by spaces to its end (a duty roster's shift, a team's members)."""
        line_start = page.rfind("\n", 0, start) + 1
        line_end = page.find("\n", start)
        line = page[line_start : len(page) if line_end < 0 else line_end]
        label = line.find(":")
        return 0 < label <= _LABEL_REACH and _ROSTER_NAMES.fullmatch(line[label + 1 :]) is not None

    def in_a_spaced_list(start: int) -> bool:
        """`副县长 徐  峰 陈  丽`: a later name of a list that a title opens, all set apart by spaces."""
        clause = re.split(r"[,;:。!?\n、]", page[max(0, start - _LIST_REACH) : start])[-1]
        at = max((clause.rfind(title) + len(title) for title in titles if title in clause), default=-1)
        return at >= 0 and _SPACED_NAMES.fullmatch(clause[at:]) is not None

    def in_a_titled_list(start: int, end: int) -> bool:
        """`县领导常青、陈光明、李 娜,`, `县领导:王  明、李  强`: a later item of a list of names that a title word opens, set off by the
        list's marks, or the last before a word that follows names (`、李 娜参加`) or a two-character word
        (`、李  强分析研判`: lexicon.two_character_words)."""
        if page[start - 1 : start] != "、" or not (
            page[end : end + 1] in _LIST_ITEM_ENDS
            or page[end : end + 1] in followers
            or page[end : end + 2] in lexicon.two_character_words()
        ):
            return False
        # `县领导:王  明、李  强`: a title labelling the list before its colon opens it too
        clause = re.split(r"[,;。!?\n]", page[max(0, start - _LIST_REACH) : start])[-1]
        return any(title in clause for title in titles)

    def padded_label(gap: re.Match[str]) -> bool:
        """`组  长:张明`, `成  员:赵敏`, `指 挥 长:玄明哲`: a title padded or spaced out character by character, alone
        before a colon opening its line (indented or not), labels the names after it."""
        line = page.rfind("\n", 0, gap.start()) + 1
        label = _SPACED_LABEL.match(page, line)
        return label is not None and label.end() > gap.start() and _GAP.sub("", label.group(1)) in titles

    def join(gap: re.Match[str]) -> str:
        if padded_label(gap):
            return ""
        before = gap.start() - 1  # the name's first character, or its second (`韩 晓 峰`)
        first = before - 1
        while first >= 0 and page[first] in " \u3000":
            first -= 1
        starts = (before, first) if first < before - 1 else (before,)
        return "" if any(name_over(start, gap.start()) for start in starts if start >= 0) else gap.group()

    return substitute(text, _GAP, join)


# --- boilerplate ----------------------------------------------------------------------
# A line goes only when it is boilerplate as a whole: a prose line that merely contains
# 未经授权, 版权所有 or 无障碍, or a one-line page that starts with a breadcrumb, stays.


def _alternation(kinds: dict[str, tuple[str, ...]], kind: str) -> str:
    """One kind's words of a data file as an escaped regex alternation, longest first."""
    return "|".join(re.escape(word) for word in kinds.get(kind, ()))


@lru_cache(maxsize=1)
def _boilerplate_line() -> re.Pattern[str]:
    """Lines that are boilerplate by their whole shape (anchored at both ends): data/boilerplate_lines.tsv."""
    shapes = lexicon.data_groups("boilerplate_lines.tsv")
    return re.compile(
        "|".join(
            [
                rf"^(?:{_alternation(shapes, 'line')})$",
                rf"^[【\[]?(?:{_alternation(shapes, 'line_start')}).*$",  # `【上一篇】...`: in its brackets too
                r"^\d{1,6}$",
                # a WeChat collection's tags and their count (`#疫情防控 126个`)
                rf"^(?:#[^\s#]{{1,20}}\s*)+\d{{1,6}}(?:{_alternation(shapes, 'collection_count')})$",
                r"^[\w-]+\.(jpg|jpeg|png|gif|bmp|webp)$",
                # the button's word alone, or set off (colon, space, bar) before its target: `关闭所有棋牌室。` runs on
                rf"^(?:{_alternation(shapes, 'share')})(?:[\u4e00-\u9fff]{{0,8}}|[^\u4e00-\u9fff].{{0,30}})$",
                rf"^(?:{_alternation(shapes, 'counter')})\s*[::].{{0,40}}$",
                rf"^(?:{_alternation(shapes, 'views')}):\s*\d+\s*\|\s*(?:{_alternation(shapes, 'replies')}):\s*\d+$",
                rf"^(?:{_alternation(shapes, 'widget')})\b.{{0,20}}$",
                rf"^(?:{_alternation(shapes, 'edition')}).{{0,10}}$",
                # a forum post's controls (`回复 引用 举报 评分`)
                rf"^(?:{_alternation(shapes, 'control')})(?:[\s|]+(?:{_alternation(shapes, 'control')}))+$",
            ]
        ),
        re.I,
    )


@lru_cache(maxsize=1)
def _marker() -> re.Pattern[str]:
    """Words that mark portal furniture (data/boilerplate_markers.tsv): a line holding one is boilerplate when
    all its sentences are furniture."""
    where = lexicon.data_groups("boilerplate_markers.tsv")
    return re.compile(
        "|".join(
            [
                _alternation(where, "anywhere"),
                rf"(?:{_alternation(where, 'end')})$",
                rf"(?:{_alternation(where, 'unauthorized')})[,,]?\s*(?:{_alternation(where, 'forbidden')})",
                rf"(^|[\s|])(?:{_alternation(where, 'alone')})($|[\s|])|^(?:{_alternation(where, 'start')})",
            ]
        ),
        re.I,
    )


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    """What a furniture sentence talks about (data/boilerplate_furniture.txt); a Chinese sentence with none of
    these (nor a marker) is prose."""
    return re.compile(lexicon.data_alternation("boilerplate_furniture.txt"), re.I)


_SENTENCE_STOP = re.compile(r"(?<=[。!?;!?;])")
_PROSE_CJK = re.compile(rf"[{_CJK}]")


@lru_cache(maxsize=1)
def _breadcrumb_head() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:{_alternation(lexicon.data_groups('boilerplate_breadcrumbs.tsv'), 'head')})\s*[::]\s*"
    )


_BREADCRUMB_STEP = re.compile(r"\s*(?:>>|>|»|›|/|→|>|\|)\s*|\s+\?+\s+")  # `?`: a mojibake separator
_LOST_CHARACTERS = re.compile(r"\?{2,}")  # `?? 首页 > 正文`, `云阳?? | 政务`: mojibake, not a question
_CRUMB = re.compile(r"[^。!?;,,!?;]{1,24}")
_SPACED_MENU = 4  # items of a menu set apart by spaces alone, its home first
_SPACED_MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}")
_MENU_ITEM = re.compile(r"(?=.*\D)[^。!?;,,!?;::]{1,12}")  # not a date's digits (`2021/8/5`), no label


@lru_cache(maxsize=1)
def _tail_section() -> re.Pattern[str]:
    """Everything after one of these headers (data/boilerplate_tail_headers.txt) is the portal's, not the
    article's; set off by a few marks or none (`▍推荐阅读`, `【相关新闻】`, `相关阅读:`), or with its links after it on
    its line (`推荐阅读 › 某某县启动应急响应 › 某某市公共场所全部扫码`)."""
    return re.compile(
        rf"^[^\w]{{0,3}}(?:{lexicon.data_alternation('boilerplate_tail_headers.txt')})"
        rf"(?:[^\w]{{0,3}}$|[^\w]{{0,3}}[›>|丨·].*$)"
    )


def is_breadcrumb(line: str) -> bool:
    """`当前位置: 首页 > 要闻 > 正文` as a whole (or from a site's section: `新闻中心 > 部门动态`): every step a short
    name, nothing after the last; or a menu of three or more short items. Runs of `?` where a page lost characters
    (an icon, a word) are no part of it."""
    line = _LOST_CHARACTERS.sub("", line).strip()
    head = _breadcrumb_head().match(line)
    rest = line[head.end() :] if head else line
    steps = [step for step in _BREADCRUMB_STEP.split(rest) if step]
    words = line.split()
    marks = lexicon.data_groups("boilerplate_breadcrumbs.tsv")
    if (
        not head
        and len(words) >= _SPACED_MENU
        and words[0] in marks["home"]
        and all(_SPACED_MENU_ITEM.fullmatch(word) for word in words)
    ):
        return True  # `首页 机构概况 教育动态 通知公告 政策法规`: a site's menu set apart by spaces alone
    if not head and (len(steps) < 2 or steps[0] not in (*marks["home"], *marks["section"])):
        # a site's menu or a forum's trail: three or more short items and nothing else (`德州新闻网 首页 | 时政
        # | 县域`, `某某论坛 › 新闻 › 民生热点`)
        return len(steps) >= 3 and all(_MENU_ITEM.fullmatch(step) for step in steps)
    return all(_CRUMB.fullmatch(step) for step in steps)


def is_boilerplate(line: str) -> bool:
    """Whether the whole line is portal or forum furniture (never a line that carries prose); a bullet before
    it (`›上一篇: …`, `?上一篇: …`) changes nothing."""
    if _SIDE_COLUMN.match(line.strip()):
        return True  # `│ 热门排行`, `│ 1. 某某县召开…`: a side column's lines, run in between the article's
    stripped = _BULLET.sub("", line.strip(), count=1).strip()
    if not stripped:
        return False
    if _boilerplate_line().search(stripped) or is_breadcrumb(stripped):
        return True
    if not _marker().search(stripped):
        return False
    return not any(_is_prose(sentence) for sentence in _SENTENCE_STOP.split(stripped))


def _is_prose(sentence: str) -> bool:
    return (
        len(_PROSE_CJK.findall(sentence)) >= 4
        and not _marker().search(sentence)
        and not _furniture().search(sentence)
    )


def clean_lines(text: AlignedText, removed: list[str] | None = None) -> AlignedText:
    """Keep article lines: drop boilerplate, blank runs, repeated captions and the portal's tail.

    Every non-blank line dropped is appended to `removed` when given, so a caller can count and show them.
    """
    kept: list[AlignedText] = []
    dropped: list[str] = []
    previous = None
    pos = 0
    seen_body = False
    skip_to = 0
    # the number of columns of a table of people being read (`姓名 | 职务 | 卡点`): its rows are kept
    table = None
    lines = text.text.split("\n")
    for number, raw_line in enumerate(lines):
        line_start, pos = pos, pos + len(raw_line) + 1
        stripped = raw_line.strip()
        if not stripped:
            continue
        if seen_body and (
            (_tail_section().match(stripped) and not _prose_follows(lines, number))
            or comment_heading(stripped)  # `写留言`, `网友评论(3)`: the readers' comments, not the article
        ):
            dropped.extend(line.strip() for line in lines[number:] if line.strip())
            # the page's footer after the related links may still give the body's address
            at = line_start
            for line in lines[number:]:
                if address := _address_in(text, at, line):
                    kept.append(address)
                at += len(line) + 1
            break
        if not seen_body and _tail_section().match(stripped):
            box = _header_box(lines, number)
            if box:
                dropped.extend(line.strip() for line in lines[number:box] if line.strip())
                skip_to = box
        if number < skip_to:
            continue
        table = header_width(stripped) or (table if table is not None and width(stripped) == table else None)
        if table is None and (is_boilerplate(stripped) or stripped == previous):
            dropped.append(stripped)
            address = _address_in(text, line_start, raw_line) if stripped != previous else None
            if address:  # `主办:某某县人民政府 地址:某某县民主路1号`: the address stays, on its own line
                kept.append(address)
                previous = stripped
            continue
        lead = len(raw_line) - len(raw_line.lstrip())
        kept.append(text.slice(line_start + lead, line_start + lead + len(stripped)))
        previous = stripped
        seen_body = seen_body or len(stripped) > 40
    if removed is not None:
        removed.extend(dropped)
    return join_lines(kept, wrapped=[_wraps(a.text, b.text) for a, b in zip(kept, kept[1:], strict=False)])


def _address_in(text: AlignedText, at: int, line: str) -> AlignedText | None:
    """The postal address a line starting at `at` gives, as a slice of the text, if any."""
    address = _address().search(line)
    return text.slice(at + address.start(), at + address.end()) if address else None


@lru_cache(maxsize=1)
def _address() -> re.Pattern[str]:
    """A postal address after its label (data/boilerplate_address_labels.txt), up to the next space."""
    labels = lexicon.data_alternation("boilerplate_address_labels.txt")
    return re.compile(rf"(?<![\u4e00-\u9fff])(?:{labels})\s*[:：]\s*[\u4e00-\u9fff][^\s|,,;;]{{3,40}}")


_SIDE_COLUMN = re.compile(r"^[│┃║]")  # a box-drawing bar: the page's side column, drawn beside the article
_BULLET = re.compile(r"^(?:[·•●◆■▪▶>›»]|\?+)")  # `?`, `??`: a mojibake bullet (one lost character or two)
_HEADLINE = re.compile(r"[^。!?;!?;]{1,40}")
_BOX_LINES = 12  # the most headlines a header's box is taken to hold


def _prose_follows(lines: list[str], header: int) -> bool:
    """The line after a related-articles header is a paragraph (a sentence's stop, past a headline's length),
    not a link: the header titles the article's own next section (`【相关链接】` / `在11月27日召开的…`)."""
    following = next((line.strip() for line in lines[header + 1 :] if line.strip()), "")
    return not _BULLET.match(following) and not _HEADLINE.fullmatch(following) and "。" in following


def _header_box(lines: list[str], header: int) -> int | None:
    """`热点新闻` / `· 我县召开…` / `· 某镇…` before the article starts: the header of a box of other articles'
    headlines in the page's top furniture. The box's lines run while they are bulleted, or, unbulleted, up to
    the next line of furniture (a breadcrumb, `当前位置: 首页 > …`), each a headline (no sentence's stop, at
    most 40 characters). The index of the line after the box; None where no box follows the header."""
    following = [(i, lines[i].strip()) for i in range(header + 1, len(lines)) if lines[i].strip()][
        : _BOX_LINES + 1
    ]
    if not following:
        return None
    if _BULLET.match(following[0][1]):
        items = [i for i, line in itertools.takewhile(lambda x: bool(_BULLET.match(x[1])), following)]
        return items[-1] + 1
    for i, line in following:
        if is_boilerplate(line):
            return i if i > following[0][0] else None
        if not _HEADLINE.fullmatch(line):
            return None
    return None


_CLAUSE_COMMA = re.compile(r"[,，]")
_ANY_MARK = re.compile(r"[,，。;；、!！?？]")
_LEADING_LABEL = re.compile(r"^[^,，。]{1,6}[:：]")


@lru_cache(maxsize=1)
def _list_item() -> re.Pattern[str]:
    """`二、`: a numbered item (data/numerals.tsv)."""
    return re.compile(f"^[{''.join(lexicon.numerals())}]+、")


def _wraps(line: str, following: str) -> bool:
    """A sentence broken across two lines (`县卫健局局长苏建` / `新,县公安局副局长…`): the first is prose with a
    clause comma that stops mid-sentence (on a character or a comma); the second goes on with punctuation of
    its own, and is neither a label (`时间:…`), a list item (`二、`) nor spaced furniture. A headline, a name
    list or a forum signature is none of these."""
    return (
        len(_PROSE_CJK.findall(line)) >= 15
        and bool(_CLAUSE_COMMA.search(line))
        and bool(_PROSE_CJK.fullmatch(line[-1]) or line[-1] in ",，、")
        and not any(c.isspace() for c in line + following)
        and bool(_PROSE_CJK.match(following))
        and bool(_ANY_MARK.search(following))
        and not _LEADING_LABEL.match(following)
        and not _list_item().match(following)
    )


def join_lines(lines: list[AlignedText], wrapped: list[bool] | None = None) -> AlignedText:
    """Lines joined by newlines, each mapped to the end of the line before it; where `wrapped` says a line
    goes on in the next (one flag per pair), joined with nothing between."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, line in enumerate(lines):
        if i and not (wrapped and wrapped[i - 1]):
            chars.append("\n")
            starts.append(ends[-1] if ends else 0)
            ends.append(ends[-1] if ends else 0)
        chars.append(line.text)
        starts.extend(line.starts)
        ends.extend(line.ends)
    return AlignedText("".join(chars), tuple(starts), tuple(ends))


def normalize(text: AlignedText) -> AlignedText:
    """The whole cleaning: residue and mojibake, script and width, padded names, then boilerplate lines."""
    return clean_lines(unpad_names(fold_aligned(remove_residue(text))))


# --- sentences ------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[。!?;…]+[”’\"」』)]*|\n+")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences at final punctuation and line breaks; closing quotes stay with their sentence."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if not match.group(0).startswith("\n") else match.start()
        _append_sentence(sentences, text, start, end)
        start = match.end()
    _append_sentence(sentences, text, start, len(text))
    return tuple(sentences)


def _append_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end))
