"""Raw page on disk -> decoded Page -> plain text aligned to the page.

Encodings are detected, never guessed silently: a page is decoded as UTF-8,
GB18030 or Big5 only when that reading is clearly the most plausible Chinese
(UTF-16 when it starts with its byte-order mark); anything else is rejected with
a reason the user can act on. A UTF-8 page with a few damaged bytes is read with
them replaced (U+FFFD) and the count reported. `Page.raw` is the file decoded with
the recorded encoding, byte-order mark and line endings included, so that every
span indexes it exactly.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from epikg.errors import IngestError
from epikg.lexicon import data_alternation
from epikg.read.discover import SUFFIXES, discover, discover_pages, source_path
from epikg.read.script import to_simplified
from epikg.records import AlignedText, Page

__all__ = ["SUFFIXES", "IngestError", "discover", "discover_pages", "read_page", "source_path"]

MAX_BYTES = 20_000_000
CANDIDATE_ENCODINGS = ("utf-8", "gb18030", "big5")
MIN_PLAUSIBILITY = 0.85
MIN_MARGIN = 0.15
MAX_DAMAGE = 0.01
"""A UTF-8 page is read with bad bytes replaced when they are at most this share of it (one byte always)."""
UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
UTF8_BOM = b"\xef\xbb\xbf"


def read_page(path: Path, notes: list[str] | None = None, *, source: str | None = None) -> Page:
    """Read and decode one page, raising IngestError with the reason when it cannot be used.

    What the user should know about a page that was read anyway (bytes replaced) is appended to `notes`.
    `source` is its path relative to the input root it was found under (default: `source_path(path)`).
    """
    if not path.exists():
        raise IngestError("no such file")
    if path.suffix.lower() not in SUFFIXES:
        raise IngestError(f"unsupported file type {path.suffix or '(none)'}: expected .txt or .html")
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise IngestError(f"file too large ({len(data)} bytes, limit {MAX_BYTES})")
    utf16 = UTF16_BOMS.get(data[:2])
    content = data.decode(utf16, "replace").lstrip("\ufeff") if utf16 else data.removeprefix(UTF8_BOM)
    if not content.strip():
        raise IngestError("empty file")
    if utf16 is None and looks_binary(data):
        raise IngestError("binary data, not a text page")
    encoding, text = decode(data)
    damage = utf8_damage(data) if encoding == "utf-8" else 0
    if damage and notes is not None:
        notes.append(f"{damage} undecodable byte(s) replaced with U+FFFD (a damaged download?)")
    media = SUFFIXES[path.suffix.lower()]
    return Page(
        doc_id=path.stem,
        path=str(path),
        encoding=encoding,
        media_type=media,
        raw=text,
        source_path=source if source is not None else source_path(path),
        sha256=hashlib.sha256(data).hexdigest(),
        url=stated_url(text, media),
    )


_URL = r"(?P<url>https?://[^\s<>\"'{}|\\^`\u3000-\u303f\uff00-\uffef]+)"


@lru_cache(maxsize=1)
def _url_line() -> re.Pattern[str]:
    """A `原文链接:` line (data/url_labels.txt) with the address after it."""
    return re.compile(rf"(?:{data_alternation('url_labels.txt')})\s*[::]\s*" + _URL)


_CANONICAL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical\b[^>]*>", re.I)
_OG_URL = re.compile(r"<meta\b[^>]*\bproperty\s*=\s*[\"']?og:url\b[^>]*>", re.I)
_ATTRIBUTE = {_CANONICAL: "href", _OG_URL: "content"}


def stated_url(raw: str, media_type: str) -> str | None:
    """The page's own address as it states it: a canonical link, else og:url, else a `原文链接:` line."""
    if media_type == "text/html":
        for tag, attribute in _ATTRIBUTE.items():
            for element in tag.finditer(raw):
                value = re.search(rf"\b{attribute}\s*=\s*[\"']?([^\"'\s>]+)", element.group(), re.I)
                url = re.fullmatch(_URL, html.unescape(value.group(1))) if value else None
                if url:
                    return url.group("url")
    line = _url_line().search(raw)
    return line.group("url").rstrip(".,;)") if line else None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean a binary file, whatever its name."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def utf8_damage(data: bytes) -> int:
    """How many bytes are not valid UTF-8."""
    text = data.decode("utf-8", "surrogateescape")
    return sum(1 for c in text if "\udc80" <= c <= "\udcff")


def decode(data: bytes) -> tuple[str, str]:
    """Return (encoding, text) for the one clearly plausible reading, else raise IngestError.

    The text is `data.decode(encoding, "replace")`: a byte-order mark stays in it as U+FEFF.
    """
    utf16 = UTF16_BOMS.get(data[:2])
    if utf16:
        try:
            return utf16, data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"undecodable: starts with a {utf16} byte-order mark but is not {utf16}"
            ) from exc
    damage = utf8_damage(data)
    if damage == 0:
        return "utf-8", data.decode("utf-8")  # strict UTF-8 success on multi-byte text is decisive
    slightly_damaged = damage <= max(1, len(data) * MAX_DAMAGE)
    if data.startswith(UTF8_BOM) and slightly_damaged:
        return "utf-8", data.decode("utf-8", "replace")
    readings: list[tuple[float, str, str]] = []
    for encoding in CANDIDATE_ENCODINGS[1:]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((plausibility(text), encoding, text))
    readings.sort(reverse=True)
    if readings and readings[0][0] >= MIN_PLAUSIBILITY:
        best_score, best_encoding, best_text = readings[0]
        if len(readings) > 1 and best_score - readings[1][0] < MIN_MARGIN:
            raise IngestError(
                f"ambiguous encoding: {best_encoding} and {readings[1][1]} read about equally well; convert the file to UTF-8"
            )
        return best_encoding, best_text
    if slightly_damaged:
        text = data.decode("utf-8", "replace")
        if plausibility(text.replace("\ufffd", "")) >= MIN_PLAUSIBILITY:
            return "utf-8", text
    if not readings:
        raise IngestError(
            f"undecodable: not valid UTF-8 ({damage} bad bytes of {len(data)}), GB18030 or Big5"
        )
    best_score, best_encoding, _ = readings[0]
    raise IngestError(
        f"undecodable: best reading ({best_encoding}) is not plausible Chinese ({best_score:.0%} common characters)"
    )


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """The 3,755 level-1 GB2312 characters: the everyday core of written Chinese."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([lead, trail]).decode("gb2312"))
    return frozenset(chars)


def plausibility(text: str) -> float:
    """Share of CJK characters that are everyday characters once read as Simplified."""
    cjk = [c for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]
    if not cjk:
        return 1.0 if text.isascii() else 0.0
    common = common_chars()
    simplified = to_simplified("".join(cjk))
    return sum(1 for c in simplified if c in common) / len(cjk)


# --- HTML to text, keeping every character's place in the page -------------------------

_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK_TAG = re.compile(
    r"</?(p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|nav|title|blockquote|dd|dt|pre)\b[^>]*>",
    re.I,
)
_CELL_END = re.compile(r"</(td|th)\s*>", re.I)  # a table's cell ends: a space sets it apart from the next
_ANY_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_SPACES = re.compile(r"[ \t\u00a0]+")


def substitute(text: AlignedText, pattern: re.Pattern[str], repl: str | object) -> AlignedText:
    """re.sub over aligned text: replaced characters map to the whole raw span they replace. Where nothing
    matches, the (immutable) text is given back as it is, its offsets not copied."""
    return splice(
        text,
        (
            (match.start(), match.end(), repl(match) if callable(repl) else match.expand(repl))  # type: ignore[arg-type]
            for match in pattern.finditer(text.text)
        ),
    )


def splice(text: AlignedText, edits: Iterable[tuple[int, int, str]]) -> AlignedText:
    """Each (start, end, new) span of the text, in order and apart, replaced by its new characters: as many as
    it had keep their own raw spans, else each maps to the whole raw span replaced. Where there is no edit, the
    text is given back as it is."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m_start, m_end, new in edits:
        pieces.append(text.text[pos:m_start])
        starts.extend(text.starts[pos:m_start])
        ends.extend(text.ends[pos:m_start])
        if new and m_end > m_start:
            if len(new) == m_end - m_start:
                starts.extend(text.starts[m_start:m_end])
                ends.extend(text.ends[m_start:m_end])
            else:
                starts.extend([text.starts[m_start]] * len(new))
                ends.extend([text.ends[m_end - 1]] * len(new))
            pieces.append(new)
        pos = m_end
    if not pieces:
        return text
    pieces.append(text.text[pos:])
    starts.extend(text.starts[pos:])
    ends.extend(text.ends[pos:])
    return AlignedText("".join(pieces), tuple(starts), tuple(ends))


_LINE_END = re.compile(r"\r\n?|\ufeff")


def page_text(page: Page) -> AlignedText:
    """The page's readable text, aligned to page.raw: byte-order mark dropped, line ends as `\\n`, HTML read;
    a text page's leftover character references too (`通讯员&nbsp;王丽`, as crawlers save pages)."""
    text = substitute(
        AlignedText.identity(page.raw), _LINE_END, lambda m: "" if m.group() == "\ufeff" else "\n"
    )
    if page.media_type != "text/html":
        return substitute(text, _ENTITY, lambda m: html.unescape(m.group(0)))
    text = substitute(text, _DROP_BLOCKS, "")
    text = substitute(text, _BLOCK_TAG, "\n")
    text = substitute(text, _CELL_END, " ")  # `<td>张明</td><td>副镇长</td>`: two cells, no name 张明副镇长
    text = substitute(text, _ANY_TAG, "")
    text = substitute(text, _ENTITY, lambda m: html.unescape(m.group(0)))
    return substitute(text, _SPACES, " ")


_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)


def html_title(page: Page) -> str | None:
    """The <title> element, which portals often suffix with the site name after a separator."""
    if page.media_type != "text/html":
        return None
    match = _HTML_TITLE.search(page.raw)
    if not match:
        return None
    title = html.unescape(_ANY_TAG.sub("", match.group(1))).strip()
    title = re.split(r"\s*[-_|]\s*(?=[^-_|]*$)", title)[0] if re.search(r"[-_|]", title) else title
    return title or None
