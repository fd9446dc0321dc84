"""Conversion residue and mojibake: a character's pinyin left in brackets after it (`戰(zhàn)`), and the runs a
wrong encoding made of a page's characters, read back in step with the raw text where they can be.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from epikg import lexicon
from epikg.read.ingest import common_chars, splice, substitute
from epikg.read.script import to_simplified
from epikg.records import AlignedText

_PY = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ"


_TONED = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]")


CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


# `戰(zhàn)`: a character followed by its own reading in brackets, left by a converter.
_RESIDUE = re.compile(rf"([{CJK}])[((]([{_PY}]{{1,6}})[))]")


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
