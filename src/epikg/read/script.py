"""Script folding shared by `epikg build` and NER training: Traditional to Simplified, full width to half width.

Both functions keep the text's length, character for character, so that offsets
and per-character tags survive them unchanged.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char_to_simplified(char: str) -> str:
    out = _T2S.convert(char)
    return out if len(out) == 1 else char


def to_simplified(text: str) -> str:
    """Traditional to Simplified with OpenCC's phrase tables, falling back per character where a phrase changes length."""
    if not text:
        return text
    out = _T2S.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    if len(lines) > 1:
        return "\n".join(to_simplified(line) for line in lines)
    return "".join(_char_to_simplified(c) for c in text)


_HALF_WIDTH = {ord(space): " " for space in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"} | {
    code: folded
    for code in range(0xFF01, 0xFF5F)
    if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1
}
"""Unusual spaces (ideographic, no-break, en/em/thin and zero-width) to plain ones, and each full-width ASCII
form to its half-width twin: a table for str.translate, which keeps every other character."""


def fold_width(text: str) -> str:
    """Full-width ASCII forms to their half-width twins, and unusual spaces to plain ones."""
    return text.translate(_HALF_WIDTH)


def fold(text: str) -> str:
    """The one normalization the NER model is trained and run on."""
    return fold_width(to_simplified(text))
