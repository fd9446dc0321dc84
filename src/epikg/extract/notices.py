"""A notice and the body that issues it: every measure a notice lists is that body's order.

A page is a notice when its text says that the notice follows (`现将有关事项通告如下:`) or when a line names a body
and then the document (`某某县新冠肺炎疫情防控指挥部关于进一步加强疫情防控工作的通告(第12号)`). The issuer is the body
that signs it on a line of its own after the text (its date on the next line), else the body before 研究 in the
sentence that says the text follows (`经县新冠肺炎疫情防控指挥部研究,现将…`), else the body whose document the
headline line names. The notice's text runs from there to the signature (or the page's end). The words are data:
data/notice_marks.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from epikg.lexicon import alternation, data_groups
from epikg.read.publication_date import full_date
from epikg.records import EntityType, Mention, Sentence


@dataclass(frozen=True)
class Notice:
    """The text of a notice ([start, end) of the article's text) and the body that issues it."""

    start: int
    end: int
    issuer: Mention

    def covers(self, at: int) -> bool:
        return self.start <= at < self.end


@dataclass(frozen=True)
class _Patterns:
    follows: re.Pattern[str]  # the document's word and the word that says its text follows (`通告如下`)
    headline: re.Pattern[str]  # the rest of a headline line after the issuer (`关于…的通告(第12号)`)
    issuer_before: re.Pattern[str]  # the word right before the issuer (`经`), at the end of what it searches
    issuer_after: tuple[str, ...]  # the words right after the issuer (`研究`)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words = data_groups("notice_marks.tsv")
    document = alternation(words["document"])
    follows = re.compile(f"(?:{document})(?:{alternation(words['follows'])})")
    # after the body on its line: `关于…的通告`, `通告`, a number in brackets (`(第12号)`) and nothing else
    about = f"(?:{alternation(words['about'])})[^\n]*?(?:{alternation(words['about_end'])})"
    headline = re.compile(rf"(?:{about})?(?:{document})\s*(?:[(（][^)）\n]{{1,12}}[)）])?\s*$")
    issuer = re.compile(f"(?:{alternation(words['issuer_before'])})$")
    return _Patterns(follows, headline, issuer, tuple(words["issuer_after"]))


def find_notice(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> Notice | None:
    """The article's notice, if it is one (see the module's docstring)."""
    patterns = _patterns()
    bodies = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    titled = next(
        (m for m in bodies if _heads_its_line(text, m) and patterns.headline.match(_rest_of_line(text, m))),
        None,
    )
    said = next((s for s in sentences if patterns.follows.search(text, s.start, s.end)), None)
    if said is None and titled is None:
        return None
    if said is not None:
        start = said.end
    else:
        line_end = text.find("\n", titled.end)
        start = line_end if line_end >= 0 else len(text)
    signed = next((m for m in reversed(bodies) if m.start >= start and _signs(text, m)), None)
    end = text.rfind("\n", 0, signed.start) + 1 if signed is not None else len(text)
    studied = None
    if said is not None:
        studied = next(
            (
                m
                for m in bodies
                if said.start <= m.start < said.end
                and patterns.issuer_before.search(text, said.start, m.start)
                and text.startswith(patterns.issuer_after, m.end)
            ),
            None,
        )
    issuer = signed or studied or titled
    return Notice(start, end, issuer) if issuer is not None and start < end else None


def _heads_its_line(text: str, mention: Mention) -> bool:
    return mention.start == 0 or text[mention.start - 1] == "\n"


def _rest_of_line(text: str, mention: Mention) -> str:
    end = text.find("\n", mention.end)
    return text[mention.end : end if end >= 0 else len(text)]


def _signs(text: str, mention: Mention) -> bool:
    """The body signs the notice: alone on its line, before a line that dates it or at the text's end (not a body
    the notice lists on a line of its own: `蔚县人民医院青年突击队` of an honour roll)."""
    if not _heads_its_line(text, mention) or _rest_of_line(text, mention).strip():
        return False
    after = text[mention.end :].strip()
    next_line = after.split("\n", 1)[0].strip()
    return not after or (len(next_line) <= _DATE_LINE and full_date().search(next_line) is not None)


# characters of a line that dates a notice under its signature: 2022年9月5日, 二〇二二年九月五日
_DATE_LINE = 20
