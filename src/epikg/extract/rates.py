"""Rates the response reports reaching: `全程接种率达98.6%`, `加强免疫接种率69.3%`, a ranking's
`五十镇(78.6%)` after the rate it ranks. A percentage counts as a quantity (unit `%`) only after a word of
rate (two characters and the rate's character, not the verb of `率先`, `率领`: data/quantity_rates.tsv) earlier
in its clause; a share with no rate (`不得超过核定容量的50%`, `采完了80%`), a rule's limit or a target
(`不超过`, `未达到`: data/quantity_limits.tsv; `力争`: quantity_rates.tsv) and a range (`65%至75%`) are none."""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache

from epikg.lexicon import data_groups
from epikg.records import Quantity

_PERCENT = re.compile(r"(?<![\d.])(\d++(?:\.\d++)?)\s*+[%％]")  # linear: a run of digits is read once
_CLAUSE_END = re.compile(r"[。;!?,\n]")


@lru_cache(maxsize=1)
def _marks() -> tuple[
    re.Pattern[str], tuple[str, ...], tuple[str, ...], re.Pattern[str], tuple[str, ...], tuple[str, ...]
]:
    """(a rate's word, the rate's verbs, range marks, a range's upper bound before a number, rules' limits, words
    of a target)."""
    words = data_groups("quantity_rates.tsv")
    rate = "|".join(map(re.escape, words["rate"]))
    ranges = "|".join(map(re.escape, words["range"]))
    limits = tuple(sorted(data_groups("quantity_limits.tsv")["before"], key=len, reverse=True))
    return (
        re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{rate})"),
        tuple(words["verb"]),
        tuple(words["range"]),
        re.compile(rf"[%％]\s*(?:{ranges})$"),  # `65%至75%`: the range's upper bound
        limits,
        tuple(words["target"]),
    )


def find_rates(text: str, *, offset: int = 0) -> list[Quantity]:
    """Every rate reported reached in text, as a quantity in %, counting the rate's word (接种率)."""
    if "%" not in text and "％" not in text:
        return []  # asked of every sentence's pieces: most hold no percentage
    rate_word, verbs, ranges, range_end, limits, targets = _marks()
    found = []
    ends = [m.end() for m in _CLAUSE_END.finditer(text)]
    for match in _PERCENT.finditer(text):
        start, end = match.span()
        clause = ends[bisect_right(ends, start) - 1] if ends and ends[0] <= start else 0
        rates = [
            r for r in rate_word.finditer(text, clause, start) if not text.startswith(verbs, r.end() - 1)
        ]
        if not rates:
            continue
        before = text[clause:start].rstrip(" (（")
        if before.endswith(limits) or range_end.search(before) or text[end:].lstrip().startswith(ranges):
            continue
        if any(word in before for word in targets):
            continue  # `力争全乡老年人接种率达到90%以上`: a target, not reached yet
        found.append(
            Quantity(
                match.group(), start + offset, end + offset, Decimal(match.group(1)), "%", rates[-1].group()
            )
        )
    return found
