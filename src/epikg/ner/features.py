"""What the BiLSTM-CRF reads about each character besides the character itself, as HanLP builds it.

- Hashed bigrams: the character with its left and with its right neighbour.
- Lexicon flags ("softword"): for every lexicon word covering the character, whether the
  character begins, continues or ends it, per word category (person, place, organization,
  other proper noun, common word). A news lexicon tells the tagger where names may start and
  stop, which characters alone do not.

Both are HanLP `Embedding` builders, so HanLP saves them in the model's config.json and rebuilds
them at load. The lexicon file lives in the model directory; its config holds only the file name.
The features themselves are computed in epikg.ner.char_features (no torch), re-exported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from hanlp.layers.embeddings.embedding import Embedding
from torch import nn

from epikg.errors import LexiconError
from epikg.ner.char_features import (
    LEXICON_BITS,
    LEXICON_CATEGORIES,
    LexiconTable,
    lexicon_flags,
    load_lexicon,
    read_lexicon,
)
from epikg.ner.char_features import Features as _Features

__all__ = [
    "LEXICON_BITS",
    "LEXICON_CATEGORIES",
    "CharBigramEmbedding",
    "LexiconError",
    "LexiconTable",
    "lexicon_flags",
    "load_lexicon",
    "read_lexicon",
]


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
