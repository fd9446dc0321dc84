"""Frozen dataclasses that cross pipeline stages; every stage imports these and nothing later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path


class EntityType(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"


@dataclass(frozen=True)
class PageFile:
    """A page found on disk: where to read it, and its path relative to the input root it was found under."""

    path: Path
    source_path: str


@dataclass(frozen=True)
class Page:
    """A raw page as decoded from disk, before any cleaning."""

    doc_id: str
    path: str
    encoding: str
    media_type: str  # "text/plain" or "text/html"
    raw: str
    source_path: str | None = None
    """The path relative to the input root it was found under, POSIX style: what the graph records."""
    sha256: str | None = None
    """The raw bytes' SHA-256, hex: the page on any machine."""
    url: str | None = None
    """The page's own address where it states one (canonical link, og:url, a 原文链接 line); never guessed."""


@dataclass(frozen=True)
class AlignedText:
    """Text whose every character knows the span of raw-page characters it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def identity(cls, raw: str) -> AlignedText:
        return cls(raw, tuple(range(len(raw))), tuple(range(1, len(raw) + 1)))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-page span of the text slice [start, end)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad slice [{start}, {end}) of a text of {len(self.text)} characters")
        return self.starts[start], self.ends[end - 1]

    def slice(self, start: int, end: int) -> AlignedText:
        return AlignedText(self.text[start:end], self.starts[start:end], self.ends[start:end])


@dataclass(frozen=True)
class Byline:
    """A person the page credits for itself: reporter, correspondent, editor, author."""

    name: str
    role: str | None  # as written: 记者 / 通讯员 / 编辑 / 责任编辑 / 作者; None when unlabelled
    start: int  # offsets into the raw page
    end: int


@dataclass(frozen=True)
class PageBody:
    """A body the page's furniture names besides its outlet: its site, a repost's account, the site's holder or host."""

    name: str
    start: int  # offsets into the raw page
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offsets into Article.body.text
    end: int


@dataclass(frozen=True)
class Article:
    """A cleaned, Simplified article with what the page states about itself."""

    doc_id: str
    path: str
    encoding: str
    raw: str
    body: AlignedText
    title: str | None
    published: date | datetime | None
    outlet: str | None
    outlet_span: tuple[int, int] | None
    bylines: tuple[Byline, ...] = ()
    page_bodies: tuple[PageBody, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    source_path: str | None = None  # as Page's; None: the file name of `path`
    sha256: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Mention:
    """A named entity found in an article's body, with the component that found it."""

    text: str
    type: EntityType
    start: int  # offsets into Article.body.text
    end: int
    source: str  # "model", "rule:title", "rule:gazetteer", ...
    name: str = ""  # the name it stands for where the text alone does not give it: a task listed before its
    # kind of group (`流调溯源`, of 下设流调溯源、核酸检测两个工作专班, is 流调溯源工作专班), a bare body in a paragraph
    # headed by its place (`镇党委` under 【丰禾镇】 is 丰禾镇党委); else its text

    @property
    def key(self) -> str:
        """What the article's readings are keyed by: the name it stands for, else its text."""
        return self.name or self.text


LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4, "other": 5}
"""A place's level by how high it stands: a lower rank contains a higher one."""


@dataclass(frozen=True)
class Place:
    """A resolved place: `key` is stable across documents (a division code, a path under one, or a name
    under its article where nothing pins it down: `城关镇@d001`)."""

    name: str
    level: str  # province, prefecture, county, township, village, other
    code: str | None
    key: str
    parent: Place | None  # the containing place the article states (a written chain, or its own locality)
    derived_parent: Place | None = None  # the gazetteer's parent, where one division alone fits the article
    stated_by: str | None = (
        None  # how the article states `parent`: "chain" (湖南省平江县, 我县城关镇), "located"
    )
    # (`桂花村位于石门乡`), "heading" (a village in the section its town heads), "paragraph"
    # (in a paragraph its town opens as subject) or "locality"
    stated_at: tuple[int, int] | None = (
        None  # the evidence: the chain, or where the place is named; body offsets
    )

    def stated_county(self) -> Place | None:
        """The county the article places this place in, following the parents it states (the place itself
        where it is a county); None where no stated chain reaches one."""
        at: Place | None = self
        seen: set[str] = set()
        while at is not None and at.key not in seen:
            if at.level == "county":
                return at
            seen.add(at.key)
            at = at.parent
        return None


@dataclass(frozen=True)
class Organization:
    """A body as the graph names it: its full name, its type, and what tells it apart from namesakes where its
    name alone does not (extract/organizations.describe)."""

    name: str
    type: str  # party_committee, government, command_headquarters, working_group, health_body, ...
    scope: str | None = None  # a doc_id (`县委`), a county's place key (`城关镇党委`); None: the name says it


@dataclass(frozen=True)
class Post:
    """A person holding a post in a body, as one phrase of the article states it (`南县县委书记罗讯`)."""

    person: str  # the name as in the person mention
    title: str  # the post without its place prefix (县委书记, 镇长, 村支书, 记者)
    organization: str | None  # the body the post belongs to, place-resolved where the article allows
    start: int  # the whole phrase, title and name, offsets into Article.body.text
    end: int


@dataclass(frozen=True)
class TimeValue:
    """A time expression resolved against the publication date."""

    text: str
    start: int  # offsets into Article.body.text
    end: int
    begin: date | datetime | None  # the point, or the start of an interval (None: open start, `截至4月1日`)
    until: date | datetime | None  # the end of an interval (None: a point, or open end, `自3月23日以来`)
    approx: bool = False
    lunar: bool = False


@dataclass(frozen=True)
class Quantity:
    """A reported number: value in base units (`4.2万` is 42000, `101.8万元` is 1018000 元)."""

    text: str
    start: int  # offsets into Article.body.text
    end: int
    value: Decimal
    unit: str  # the measure word as written (个, 人, 人次, 辆, 元...)
    counts: str | None  # what is counted, briefly (集中管控点)
    approx: bool = False
    upper: Decimal | None = None  # the upper bound of a range (`3至5个`)


@dataclass(frozen=True)
class Measure:
    """A prevention measure a sentence reports, with its category from the scheme."""

    category: str  # a notation of the measure scheme (checkpoint, mass_testing, ...)
    trigger: str  # the words that triggered it
    start: int  # trigger span, offsets into Article.body.text
    end: int
    sentence: int  # index of the evidence sentence
    quantities: tuple[Quantity, ...] = ()
    time: TimeValue | None = None
    place: Place | None = None  # where it was taken, as the article says (None: the article does not say)
    ordered_by: str | None = None  # the resolved name of the body that ordered or carried it out
    phase: str = "ordered"  # "ordered": taken or in force; "lifted": withdrawn or eased (解封, 恢复通行)
    # taken outside the area the article covers (a neighbour's lockdown, a far city's rule), as it reports
    elsewhere: bool = False


@dataclass(frozen=True)
class Skipped:
    """A document that could not be built, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article, ready for mapping to RDF."""

    article: Article
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    places: dict[str, Place] = field(default_factory=dict)  # place mention text -> place
    organizations: dict[str, str] = field(default_factory=dict)  # organization mention text -> resolved name
    bodies: dict[str, Organization] = field(
        default_factory=dict
    )  # resolved name -> the body, for every name used
    locality: dict[str, Place] = field(default_factory=dict)  # level -> the article's own place of that level
    seats: dict[str, str] = field(default_factory=dict)  # person name -> key of the place their post names
    posts: tuple[Post, ...] = ()
    quantities: tuple[Quantity, ...] = ()  # every reported number in the body
    measures: tuple[Measure, ...] = ()
