"""What the BiLSTM-CRF reads about each character besides the character itself, in plain Python and numpy.

- Hashed bigrams: the character with its left and with its right neighbour.
- Lexicon flags ("softword"): for every lexicon word covering the character, whether the
  character begins, continues or ends it, per word category (person, place, organization,
  other proper noun, common word).

Kept apart from features.py (HanLP's embedding builder and torch module) so that the array engine
(epikg.ner.array_model) computes the same features without importing torch or HanLP.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import zlib
from pathlib import Path

import numpy as np

from epikg.errors import LexiconError
from epikg.read import script
from epikg.read.script import fold

LEXICON_CATEGORIES = ("PER", "LOC", "ORG", "NZ", "W")
_POSITIONS = 3  # begins, inside, ends
LEXICON_BITS = len(LEXICON_CATEGORIES) * _POSITIONS
_MAX_WORD = 10
_PREFIX_ONLY = -1


def read_lexicon(path: Path) -> dict[str, int]:
    """Words of a `word<TAB>category` file (gzip or plain) and every proper prefix of them.

    A word maps to its category's index in LEXICON_CATEGORIES; a prefix that is no word maps to
    _PREFIX_ONLY, so matching can stop as soon as a string is in neither."""
    opener = gzip.open if path.suffix == ".gz" else open
    table: dict[str, int] = {}
    try:
        with opener(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                word, _, category = line.rstrip("\n").partition("\t")
                if category not in LEXICON_CATEGORIES:
                    raise LexiconError(
                        f"{path}:{number}: category {category!r} is none of {LEXICON_CATEGORIES}"
                    )
                word = fold(word)
                if not 2 <= len(word) <= _MAX_WORD:
                    continue
                table[word] = LEXICON_CATEGORIES.index(category)
                for end in range(1, len(word)):
                    table.setdefault(word[:end], _PREFIX_ONLY)
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc}") from exc
    return table


class LexiconTable:
    """The lexicon's words as 64-bit hashes of their characters, sorted, one array per word length, with their
    categories: 9 bytes a word where a dict of the words and their prefixes took about 200 (over 100 MiB for
    the shipped lexicon, in every worker). `flags` gives what `lexicon_flags` gives with the dict.

    The hash of a string is its code points read as digits in base `_BASE`, modulo 2**64; two words of one
    length share a hash with a chance of about one in 10**18, and lengths never mix."""

    _BASE = np.uint64(0x100000001B3)  # the 64-bit FNV prime: odd, and large beside any code point

    def __init__(self, columns: dict[int, tuple[bytes, bytes]]) -> None:
        self.columns = columns
        self._by_length = {
            length: (np.frombuffer(hashes, dtype=np.uint64), np.frombuffer(categories, dtype=np.uint8))
            for length, (hashes, categories) in columns.items()
        }

    @classmethod
    def from_words(cls, table: dict[str, int]) -> LexiconTable:
        """From `read_lexicon`'s table: its words (prefixes that are no word are not needed)."""
        by_length: dict[int, list[tuple[int, int]]] = {}
        for word, category in table.items():
            if category != _PREFIX_ONLY and 2 <= len(word) <= _MAX_WORD:
                by_length.setdefault(len(word), []).append((cls.hash(word), category))
        columns = {}
        for length, rows in by_length.items():
            rows.sort()
            hashes = np.array([h for h, _ in rows], dtype=np.uint64)
            if len(hashes) > 1 and (hashes[1:] == hashes[:-1]).any():
                raise LexiconError(f"two lexicon words of {length} characters share a hash")
            columns[length] = (hashes.tobytes(), np.array([c for _, c in rows], dtype=np.uint8).tobytes())
        return cls(columns)

    @classmethod
    def hash(cls, word: str) -> int:
        """The hash `words` computes for the word's window, in Python integers."""
        value, base = 0, int(cls._BASE)
        for char in word:
            value = (value * base + ord(char)) & 0xFFFFFFFFFFFFFFFF
        return value

    def words(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, category) of every lexicon word in the text."""
        found: list[tuple[int, int, int]] = []
        if len(text) < 2:
            return found
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        hashes = codes[:-1].copy()
        for length in range(2, min(len(text), _MAX_WORD) + 1):
            if length > 2:
                hashes = hashes[:-1] * self._BASE + codes[length - 1 :]
            else:
                hashes = hashes * self._BASE + codes[1:]
            column = self._by_length.get(length)
            if column is None or not len(column[0]):
                continue
            keys, categories = column
            at = np.searchsorted(keys, hashes)
            at[at == len(keys)] = 0
            for start in np.flatnonzero(keys[at] == hashes):
                found.append((int(start), int(start) + length, int(categories[at[start]])))
        return found

    def flags(self, text: str) -> list[int]:
        return _flags_of(len(text), self.words(text))

    def category(self, word: str) -> int | None:
        """The category of the whole word where it is a lexicon word (what `words` finds from its start to its
        end), else None: its one hash looked up, not every window of it."""
        column = self._by_length.get(len(word))
        if column is None or not len(column[0]):
            return None
        keys, categories = column
        key = np.uint64(self.hash(word))
        at = int(np.searchsorted(keys, key))
        return int(categories[at]) if at < len(keys) and keys[at] == key else None


def bigram_id(bigram: str, buckets: int) -> int:
    """The bigram's row in the bigram embedding: its CRC-32 in `buckets` buckets, 0 being padding."""
    return zlib.crc32(bigram.encode("utf-8")) % buckets + 1


def _flags_of(size: int, words: list[tuple[int, int, int]]) -> list[int]:
    """One bit mask per character from the words covering it (see `lexicon_flags`)."""
    flags = [0] * size
    for start, end, category in words:
        base = category * _POSITIONS
        flags[start] |= 1 << base
        for inside in range(start + 1, end - 1):
            flags[inside] |= 1 << (base + 1)
        flags[end - 1] |= 1 << (base + 2)
    return flags


def load_lexicon(path: Path) -> LexiconTable:
    """`read_lexicon` as a LexiconTable, compiled once per lexicon file (epikg.compiled): parsing and folding
    400,000 words took seconds per process, the compiled table loads in a fraction of one."""
    from epikg.compiled import load_compiled

    where = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]
    try:
        columns = load_compiled(
            f"lexicon-table-{where}",
            [path, Path(script.__file__)],  # its words are folded as the text is (read/script.py)
            lambda: LexiconTable.from_words(read_lexicon(path)).columns,
            extra="".join(sorted(script.folding_data())).encode(),
        )
    except OSError as exc:  # the file itself cannot be read to checksum it
        raise LexiconError(f"cannot read lexicon {path}: {exc}") from exc
    return LexiconTable(columns)


@functools.lru_cache(maxsize=1)
def shipped_lexicon() -> LexiconTable:
    """The shipped model's lexicon (src/epikg/ner/model/lexicon.tsv.gz: jieba's word list and its categories)."""
    return load_lexicon(Path(__file__).parent / "model" / "lexicon.tsv.gz")


def listed_as(word: str) -> str | None:
    """The category the shipped lexicon lists the whole word under (LEXICON_CATEGORIES: `PER` for jieba's `nr`
    words such as 高峰 and 向阳, `W` for everyday words such as 班子), or None."""
    category = shipped_lexicon().category(word)
    return None if category is None else LEXICON_CATEGORIES[category]


def lexicon_flags(text: str, table: dict[str, int] | LexiconTable) -> list[int]:
    """One bit mask per character: bit category*3 + (0 begins, 1 inside, 2 ends) for each covering word."""
    if isinstance(table, LexiconTable):
        return table.flags(text)
    words = []
    for start in range(len(text)):
        for end in range(start + 2, min(len(text), start + _MAX_WORD) + 1):
            category = table.get(text[start:end])
            if category is None:
                break
            if category != _PREFIX_ONLY:
                words.append((start, end, category))
    return _flags_of(len(text), words)


class Features:
    """Sample transform: hashed bigram ids, and lexicon flags once a lexicon table is set."""

    def __init__(self, token_key: str, buckets: int, wants_lexicon: bool) -> None:
        self.token_key, self.buckets, self.wants_lexicon = token_key, buckets, wants_lexicon
        self.table: dict[str, int] | LexiconTable | None = None
        self._flags = functools.lru_cache(maxsize=65536)(self._compute_flags)

    def set_table(self, table: dict[str, int] | LexiconTable) -> None:
        self.table = table
        self._flags.cache_clear()

    def _id(self, bigram: str) -> int:
        return bigram_id(bigram, self.buckets)

    def _compute_flags(self, text: str) -> tuple[int, ...]:
        return tuple(lexicon_flags(text, self.table or {}))

    def __call__(self, sample: dict) -> dict:
        tokens = sample[self.token_key]
        chars = ["<s>", *tokens, "</s>"]
        sample["left_bigram_id"] = [self._id(a + b) for a, b in zip(chars[:-2], chars[1:-1], strict=True)]
        sample["right_bigram_id"] = [self._id(a + b) for a, b in zip(chars[1:-1], chars[2:], strict=True)]
        if self.wants_lexicon:
            if self.table is None:
                raise LexiconError(
                    "the model reads a lexicon, but none was located (CharBigramEmbedding.locate)"
                )
            flags = self._flags("".join(tokens))
            starts = [0]
            for token in tokens[:-1]:
                starts.append(starts[-1] + len(token))
            sample["lexicon_id"] = [flags[s] if s < len(flags) else 0 for s in starts]
        return sample
