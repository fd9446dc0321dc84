"""Raw page on disk -> decoded Page -> plain text aligned to the page.

Encodings are detected, never guessed silently: a page is decoded as UTF-8,
GB18030 or Big5 only when that reading is clearly the most plausible Chinese;
anything else is rejected with a reason the user can act on.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from epikg.records import AlignedText, Page
from epikg.script import to_simplified

SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
MAX_BYTES = 20_000_000
CANDIDATE_ENCODINGS = ("utf-8", "gb18030", "big5")
MIN_PLAUSIBILITY = 0.85
MIN_MARGIN = 0.15


class IngestError(Exception):
    """A page that cannot be read as a Chinese text page; the message says why in one line."""


def discover(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the pages inside folders (recursively, sorted); unknown suffixes in folders are ignored."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_page(path: Path) -> Page:
    """Read and decode one page, raising IngestError with the reason when it cannot be used."""
    if not path.exists():
        raise IngestError("no such file")
    if path.suffix.lower() not in SUFFIXES:
        raise IngestError(f"unsupported file type {path.suffix or '(none)'}: expected .txt or .html")
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise IngestError(f"file too large ({len(data)} bytes, limit {MAX_BYTES})")
    if not data.strip():
        raise IngestError("empty file")
    if looks_binary(data):
        raise IngestError("binary data, not a text page")
    encoding, text = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    media = SUFFIXES[path.suffix.lower()]
    return Page(doc_id=path.stem, path=str(path), encoding=encoding, media_type=media, raw=text)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean a binary file, whatever its name."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Return (encoding, text) for the one clearly plausible reading, else raise IngestError."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8", data[3:].decode("utf-8", errors="strict")
    readings: list[tuple[float, str, str]] = []
    for encoding in CANDIDATE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8":
            return encoding, text  # strict UTF-8 success on multi-byte text is decisive
        readings.append((plausibility(text), encoding, text))
    if not readings:
        raise IngestError("undecodable: not valid UTF-8, GB18030 or Big5")
    readings.sort(reverse=True)
    best_score, best_encoding, best_text = readings[0]
    if best_score < MIN_PLAUSIBILITY:
        raise IngestError(
            f"undecodable: best reading ({best_encoding}) is not plausible Chinese ({best_score:.0%} common characters)"
        )
    if len(readings) > 1 and best_score - readings[1][0] < MIN_MARGIN:
        raise IngestError(
            f"ambiguous encoding: {best_encoding} and {readings[1][1]} read about equally well; convert the file to UTF-8"
        )
    return best_encoding, best_text


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
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
    common = _common_chars()
    simplified = to_simplified("".join(cjk))
    return sum(1 for c in simplified if c in common) / len(cjk)


# --- HTML to text, keeping every character's place in the page -------------------------

_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK_TAG = re.compile(
    r"</?(p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|nav|title|blockquote|dd|dt|pre)\b[^>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_SPACES = re.compile(r"[ \t\u00a0]+")


def substitute(text: AlignedText, pattern: re.Pattern[str], repl: str | object) -> AlignedText:
    """re.sub over aligned text: replaced characters map to the whole raw span they replace."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in pattern.finditer(text.text):
        m_start, m_end = match.span()
        pieces.append(text.text[pos:m_start])
        starts.extend(text.starts[pos:m_start])
        ends.extend(text.ends[pos:m_start])
        new = repl(match) if callable(repl) else match.expand(repl)  # type: ignore[arg-type]
        if new and m_end > m_start:
            if len(new) == m_end - m_start:
                starts.extend(text.starts[m_start:m_end])
                ends.extend(text.ends[m_start:m_end])
            else:
                starts.extend([text.starts[m_start]] * len(new))
                ends.extend([text.ends[m_end - 1]] * len(new))
            pieces.append(new)
        pos = m_end
    pieces.append(text.text[pos:])
    starts.extend(text.starts[pos:])
    ends.extend(text.ends[pos:])
    return AlignedText("".join(pieces), tuple(starts), tuple(ends))


def page_text(page: Page) -> AlignedText:
    """The page's readable text, aligned to page.raw; plain-text pages pass through."""
    text = AlignedText.identity(page.raw)
    if page.media_type != "text/html":
        return text
    text = substitute(text, _DROP_BLOCKS, "")
    text = substitute(text, _BLOCK_TAG, "\n")
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
