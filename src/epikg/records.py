"""Frozen dataclasses that cross pipeline stages; every stage imports these and nothing later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"


@dataclass(frozen=True)
class Page:
    """A raw page as decoded from disk, before any cleaning."""

    doc_id: str
    path: str
    encoding: str
    media_type: str  # "text/plain" or "text/html"
    raw: str


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
    start: int  # offsets into Article.body.text
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
    title_span: tuple[int, int] | None  # offsets into body.text
    published: date | datetime | None
    outlet: str | None
    outlet_span: tuple[int, int] | None
    bylines: tuple[Byline, ...] = ()
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A named entity found in an article's body, with the component that found it."""

    text: str
    type: EntityType
    start: int  # offsets into Article.body.text
    end: int
    source: str  # "model", "rule:title", "rule:gazetteer", ...


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
