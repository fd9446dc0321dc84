"""What every NER engine shares around its model: folding, chunking, batching per page, offsets and labels.

No torch and no HanLP here: `hanlp_model.Tagger` (HanLP's engine) and `array_model.ArrayTagger` (numpy)
both subclass `ChunkedTagger` and give only `_predict`, the model's raw entities for short folded texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from epikg.ner.corpus import Entity
from epikg.read.script import fold

MAX_CHUNK = 2000  # a sentence is read whole: cutting at 150 characters split names
_CUT_AFTER = frozenset("。！？!?；;，,、：:…\n")
_LABEL_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "NR": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "NS": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "NT": "ORG",
}


def chunks(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """Cut long text into pieces the tagger sees whole, after punctuation where possible."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max((i for i, c in enumerate(window) if c in _CUT_AFTER), default=-1)
        end = start + (cut + 1 if cut >= limit // 3 else limit)
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def map_label(label: str) -> str | None:
    """A model's label for an entity type as PER/LOC/ORG, or None for types epikg ignores."""
    return _LABEL_MAP.get(label.upper())


def keep(entities: Iterable[tuple[str, int, int]]) -> list[Entity]:
    """Entities of the three types epikg uses, in text order."""
    kept = [(t, b, e) for label, b, e in entities if (t := map_label(label)) and e > b]
    return sorted(set(kept), key=lambda x: (x[1], x[2]))


class ChunkedTagger:
    """Entities (type, start, end) per sentence; subclasses give `_predict` for the model underneath."""

    name: str = ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    def tag(self, sentences: Sequence[str], batch_size: int = 64) -> list[list[Entity]]:
        """Fold, chunk and batch the sentences, then put entities back on the input's offsets."""
        return self.tag_pages([sentences], batch_size)[0]

    def tag_pages(self, pages: Sequence[Sequence[str]], batch_size: int = 64) -> list[list[list[Entity]]]:
        """`tag` for each page's sentences, the pages in one call to the model; each page is tagged as it is
        alone. `groups` tells `_predict` where pages end: the int8 engine batches within a page (its tags
        depend on a sentence's batch mates), the array engine across them (its tags do not)."""
        pieces: list[tuple[int, int, int, str]] = []
        groups: list[int] = []
        for number, sentences in enumerate(pages):
            before = len(pieces)
            for index, sentence in enumerate(sentences):
                folded = fold(sentence)
                pieces.extend(
                    (number, index, b, folded[b:e]) for b, e in chunks(folded) if folded[b:e].strip()
                )
            if len(pieces) > before:
                groups.append(len(pieces) - before)
        results: list[list[list[Entity]]] = [[[] for _ in sentences] for sentences in pages]
        if not pieces:
            return results
        found = self._predict([text for *_, text in pieces], batch_size, groups)
        for (number, index, shift, _), entities in zip(pieces, found, strict=True):
            results[number][index].extend((t, b + shift, e + shift) for t, b, e in entities)
        return results

    def _predict(self, texts: list[str], batch_size: int, groups: list[int]) -> list[list[Entity]]:
        """Raw entities for non-empty, short texts, offsets into each text; batches within each group of texts."""
        raise NotImplementedError
