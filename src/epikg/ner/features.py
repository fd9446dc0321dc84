"""What the BiLSTM-CRF reads about each character besides the character itself.

- Hashed bigrams: the character with its left and with its right neighbour.
- Lexicon flags ("softword"): for every lexicon word covering the character, whether the
  character begins, continues or ends it, per word category (person, place, organization,
  other proper noun, common word). A news lexicon tells the tagger where names may start and
  stop, which characters alone do not.

Both are HanLP `Embedding` builders, so HanLP saves them in the model's config.json and rebuilds
them at load. The lexicon file lives in the model directory; its config holds only the file name.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import torch
from hanlp.layers.embeddings.embedding import Embedding
from torch import nn

from epikg.errors import LexiconError
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
            f"lexicon-table-{where}", [path], lambda: LexiconTable.from_words(read_lexicon(path)).columns
        )
    except OSError as exc:  # the file itself cannot be read to checksum it
        raise LexiconError(f"cannot read lexicon {path}: {exc}") from exc
    return LexiconTable(columns)


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


class _Features:
    """Sample transform: hashed bigram ids, and lexicon flags once a lexicon table is set."""

    def __init__(self, token_key: str, buckets: int, wants_lexicon: bool) -> None:
        self.token_key, self.buckets, self.wants_lexicon = token_key, buckets, wants_lexicon
        self.table: dict[str, int] | LexiconTable | None = None
        self._flags = functools.lru_cache(maxsize=65536)(self._compute_flags)

    def set_table(self, table: dict[str, int] | LexiconTable) -> None:
        self.table = table
        self._flags.cache_clear()

    def _id(self, bigram: str) -> int:
        return zlib.crc32(bigram.encode("utf-8")) % self.buckets + 1

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


class _CharFeatureModule(nn.Module):
    """Character embedding, hashed left/right bigram embeddings and lexicon flags, concatenated."""

    def __init__(self, n_chars: int, char_dim: int, buckets: int, bigram_dim: int, lexicon: bool) -> None:
        super().__init__()
        self.char = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.bigram = nn.Embedding(buckets + 1, bigram_dim, padding_idx=0)
        self.lexicon = lexicon
        self.register_buffer("shifts", torch.arange(LEXICON_BITS), persistent=False)
        self.embedding_dim = char_dim + 2 * bigram_dim + (LEXICON_BITS if lexicon else 0)

    def forward(self, batch: dict, mask: torch.Tensor | None = None, **kwargs: Any) -> torch.Tensor:
        """(batch, length, dim) features; the tagging model keeps the unmasked positions."""
        parts = [
            self.char(batch["token_id"]),
            self.bigram(batch["left_bigram_id"]),
            self.bigram(batch["right_bigram_id"]),
        ]
        if self.lexicon:
            parts.append(((batch["lexicon_id"].unsqueeze(-1) >> self.shifts) & 1).to(parts[0].dtype))
        return torch.cat(parts, dim=-1)


class CharBigramEmbedding(Embedding):
    """HanLP embedding builder: characters, hashed bigrams and, given a lexicon file, lexicon flags.

    `lexicon` is a file name inside the model directory, found there once `locate(model_dir)` is called."""

    def __init__(
        self,
        char_dim: int = 100,
        bigram_dim: int = 32,
        buckets: int = 32768,
        token_key: str = "token",
        lexicon: str | None = None,
    ) -> None:
        super().__init__()
        self.char_dim, self.bigram_dim = char_dim, bigram_dim
        self.buckets, self.token_key = buckets, token_key
        self.lexicon = lexicon
        self._transform = _Features(token_key, buckets, bool(lexicon))

    def locate(self, model_dir: str | Path) -> None:
        """Read the lexicon from `model_dir`: part of loading the model, before the first transform."""
        if self.lexicon:
            self._transform.set_table(load_lexicon(Path(model_dir) / self.lexicon))

    def transform(self, **kwargs: Any) -> _Features:
        """The same transform object every time, so HanLP does not add it twice."""
        return self._transform

    def module(self, vocabs: Any = None, **kwargs: Any) -> nn.Module:
        """The embedding layers, sized from the character vocabulary."""
        return _CharFeatureModule(
            len(vocabs[self.token_key]), self.char_dim, self.buckets, self.bigram_dim, bool(self.lexicon)
        )
