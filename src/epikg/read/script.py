"""Script folding shared by `epikg build` and NER training: Traditional to Simplified, full width to half width.

Both functions keep the text's length, character for character, so that offsets
and per-character tags survive them unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from epikg.lexicon import data_groups, data_words, is_common_word, read_data_lines, two_character_words

_T2S = opencc.OpenCC("hk2s")
"""OpenCC's Traditional-to-Simplified tables, with Hong Kong's variant characters first read as the standard
ones (`衞生院`, `敍述`, `枱`; plain t2s keeps them as written). On Simplified text and on standard Traditional it
gives what t2s gives, character for character (checked on the dev pages and MSRA's 46,000 sentences)."""
_TW2S = opencc.OpenCC("tw2s")


@lru_cache(maxsize=65536)
def _char_to_simplified(char: str) -> str:
    out = _T2S.convert(char)
    return out if len(out) == 1 else char


def to_simplified(text: str) -> str:
    """Traditional to Simplified with OpenCC's phrase tables, falling back per character where a phrase changes
    length; place names that keep a character the tables change stay as written (`乾县`)."""
    if not text:
        return text
    out = _T2S.convert(text)
    if len(out) != len(text):
        lines = text.split("\n")
        if len(lines) > 1:
            return "\n".join(to_simplified(line) for line in lines)
        out = "".join(_char_to_simplified(c) for c in text)
    out = _keep_names(text, out) if _kept_names()[0].search(text) else out
    out = _taiwan_particle(text, out)
    return _keep_simplified_chars(text, _keep_name_chars(text, out))


def _taiwan_particle(text: str, out: str) -> str:
    """`戴著口罩`, `隨著`: the aspect particle as Taiwan writes it (data/script_taiwan_particle.tsv), which t2s keeps.
    Where OpenCC's Taiwan table reads it as the Simplified particle, the character makes no word with a neighbour
    (jionlp's two-character words: 显著, 著称, 执著) and it means no "written by" (`赵振宇著的《...》`), it is
    the particle."""
    forms = data_groups("script_taiwan_particle.tsv")
    written, simplified = forms["written"][0], forms["simplified"][0]
    if written not in out:
        return out
    taiwan = _TW2S.convert(text)
    if len(taiwan) != len(out):
        return out
    words = two_character_words()
    chars = list(out)
    for i, (own, read) in enumerate(zip(out, taiwan, strict=True)):
        if (
            own == written
            and read == simplified
            and not out.startswith(forms["author_before"], i + 1)
            and not any(
                len(w) == 2 and w in words for w in ((out[i - 1 : i + 1] if i else ""), out[i : i + 2])
            )
        ):
            chars[i] = simplified
    return "".join(chars)


def _keep_name_chars(text: str, out: str) -> str:
    """`孔日乾说`, `徐永乾`: a character that names keep though the tables fold it (data/script_name_chars.txt: 乾,
    folded to 干 as in 乾燥) stays as written unless its folded form makes an everyday word with a neighbour
    (`乾淨` to 干净)."""
    kept = data_words("script_name_chars.txt")
    if not any(c in text for c in kept):
        return out
    chars = list(out)
    for i, (own, folded) in enumerate(zip(text, out, strict=True)):
        if own != folded and own in kept:
            words = (out[i - 1 : i + 1] if i else "", out[i : i + 2])
            if not any(len(w) == 2 and is_common_word(w) for w in words):
                chars[i] = own
    return "".join(chars)


def folding_data() -> frozenset[str]:
    """What folding reads from the rule data (a user's --rules included): what a value compiled from folded
    words depends on besides this module."""
    return (
        data_words("script_simplified_chars.txt")
        | data_words("script_name_chars.txt")
        | frozenset(read_data_lines("script_kept_names.txt"))
    )


def _keep_simplified_chars(text: str, out: str) -> str:
    """`沈思远主持会议` stays as written, not `沉思远`, on a Simplified page and on a Traditional one alike: the
    characters of data/script_simplified_chars.txt keep their Simplified meaning."""
    kept = data_words("script_simplified_chars.txt")
    if not any(c in text for c in kept):
        return out
    return "".join(own if own in kept else folded for own, folded in zip(text, out, strict=True))


@lru_cache(maxsize=1)
def _kept_names() -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """The characters that data/script_kept_names.txt keeps (a pattern), and each name with its folded form."""
    names = [(name, _T2S.convert(name)) for name in read_data_lines("script_kept_names.txt")]
    names = [(name, folded) for name, folded in names if len(folded) == len(name) and folded != name]
    kept = {a for name, folded in names for a, b in zip(name, folded, strict=True) if a != b}
    return re.compile(f"[{''.join(sorted(kept))}]" if kept else "(?!)"), tuple(names)


def _keep_names(text: str, out: str) -> str:
    """`乾縣` folds to `乾县`, not `干县`: where a kept name's folded form lies in `out`, its own characters come
    back where `text` wrote them."""
    chars = list(out)
    for name, folded in _kept_names()[1]:
        at = out.find(folded)
        while at != -1:
            for k, (own, changed) in enumerate(zip(name, folded, strict=True)):
                if own != changed and text[at + k] == own:
                    chars[at + k] = own
            at = out.find(folded, at + 1)
    return "".join(chars)


_HALF_WIDTH = (
    {ord(space): " " for space in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"}
    | {
        code: folded
        for code in range(0xFF01, 0xFF5F)
        if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1
    }
    | {ord(corner): quote for corner, quote in zip("\u300c\u300d", "\u201c\u201d", strict=True)}
    | {ord(dot): "\u00b7" for dot in "\u2022\u2027\u30fb\uff65"}
)
"""Unusual spaces (ideographic, no-break, en/em/thin and zero-width) to plain ones, each full-width ASCII
form to its half-width twin, and the corner brackets of Traditional pages to the quotation marks of Simplified
ones (「」 to “”; the inner 『』 stay, as Simplified pages write them too), and the other middle dots that
pages set between a transliterated name's parts (•, ‧, ・) to the one the rules know (·): a table for
str.translate, which keeps every other character."""


def fold_width(text: str) -> str:
    """Full-width ASCII forms to their half-width twins, unusual spaces to plain ones, corner brackets to quotes,
    middle dots to one."""
    return text.translate(_HALF_WIDTH)


def fold(text: str) -> str:
    """The one normalization the NER model is trained and run on."""
    return fold_width(to_simplified(text))
