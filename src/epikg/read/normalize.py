"""Aligned page text -> clean Simplified body: conversion residue, mojibake and boilerplate removed.

Conversion residue and mojibake are read in read/residue.py, portal and forum furniture in read/boilerplate.py.
Every step rewrites an AlignedText, so each character of the result still knows
which raw-page characters it came from.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from epikg import lexicon
from epikg.read.boilerplate import BULLET, PROSE_CJK, is_boilerplate, tail_section
from epikg.read.ingest import substitute
from epikg.read.page_layout import comment_heading
from epikg.read.residue import remove_residue
from epikg.read.script import fold
from epikg.read.tables import header_width, width
from epikg.records import AlignedText, Sentence


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
        if page[start - 1 : start] != lexicon.LIST_COMMA or not (
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
            (tail_section().match(stripped) and not _prose_follows(lines, number))
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
        if not seen_body and tail_section().match(stripped):
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


_HEADLINE = re.compile(r"[^。!?;!?;]{1,40}")


_BOX_LINES = 12  # the most headlines a header's box is taken to hold


def _prose_follows(lines: list[str], header: int) -> bool:
    """The line after a related-articles header is a paragraph (a sentence's stop, past a headline's length),
    not a link: the header titles the article's own next section (`【相关链接】` / `在11月27日召开的…`)."""
    following = next((line.strip() for line in lines[header + 1 :] if line.strip()), "")
    return not BULLET.match(following) and not _HEADLINE.fullmatch(following) and "。" in following


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
    if BULLET.match(following[0][1]):
        items = [i for i, line in itertools.takewhile(lambda x: bool(BULLET.match(x[1])), following)]
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
        len(PROSE_CJK.findall(line)) >= 15
        and bool(_CLAUSE_COMMA.search(line))
        and bool(PROSE_CJK.fullmatch(line[-1]) or line[-1] in ",，、")
        and not any(c.isspace() for c in line + following)
        and bool(PROSE_CJK.match(following))
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
