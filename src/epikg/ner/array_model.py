"""The shipped BiLSTM-CRF run with numpy alone: the same model as HanLP's engine, without importing torch.

`tools/export_ner_arrays.py` writes the model's weights (float16, as model.pt holds them), vocabularies and
feature settings into the model folder's arrays.npz, with the sha256 of the model.pt they came from; this
engine refuses arrays made from another model.pt. Features are epikg.ner.char_features' (hashed bigrams,
lexicon flags), the network is computed in float32: embeddings; two bidirectional LSTM layers (PyTorch's
gate order i, f, g, o, both biases); the linear output; then the CRF's Viterbi decoding with its transition
matrix, unconstrained as HanLP decodes it, and its BIO tags read as spans as HanLP reads them (a stray I-
opens a span). Folding, chunking, per-page batching and offsets are epikg.ner.tagging's, shared with HanLP's
engine.

A batch is sentences of one page sorted by length, longest first; each backward direction reads its sentence
reversed within its own length, so at every step the sentences still running are a prefix of the batch, for
both directions at once: one (2, n, hidden) x (2, hidden, 4 hidden) product per step, and the input
projection of a whole batch and both directions in one product per layer.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import numpy as np

from epikg.errors import NerModelError
from epikg.ner.char_features import LEXICON_BITS, Features, load_lexicon
from epikg.ner.corpus import Entity, bio_spans
from epikg.ner.tagging import ChunkedTagger, keep

__all__ = ["ARRAYS_FILE", "FORMAT", "ArrayModel", "ArrayTagger", "load_array_tagger", "one_blas_thread"]

ARRAYS_FILE = "arrays.npz"
FORMAT = 1
"""The layout of arrays.npz that this module reads (its `meta` names the one it was written in)."""

DEFAULT_MODEL_DIR = Path(__file__).parent / "model"
"""As epikg.ner.hanlp_model.DEFAULT_MODEL_DIR, without importing torch."""

_SHIFTS = np.arange(LEXICON_BITS, dtype=np.int64)


class ArrayModel:
    """The network's weights as float32, laid out for the products below, and its forward pass."""

    def __init__(self, arrays: dict[str, np.ndarray], layers: int, hidden: int, lexicon: bool) -> None:
        f32 = lambda name: np.ascontiguousarray(arrays[name], dtype=np.float32)  # noqa: E731
        self.hidden, self.lexicon = hidden, lexicon
        self.char, self.bigram = f32("char"), f32("bigram")
        # Gates reordered from PyTorch's i, f, g, o to i, f, o, g, the three sigmoids side by side, and their rows
        # halved: sigmoid(x) = (1 + tanh(x / 2)) / 2, so one tanh a step serves all four gates.
        order = np.r_[0 : 2 * hidden, 3 * hidden : 4 * hidden, 2 * hidden : 3 * hidden]
        scale = np.full(4 * hidden, 0.5, dtype=np.float32)
        scale[3 * hidden :] = 1.0
        self.layers = []
        for layer in range(layers):
            names = [f"lstm{layer}{d}" for d in "fb"]
            w_ih = np.concatenate([f32(f"{n}_weight_ih")[order] * scale[:, None] for n in names]).T
            bias = np.concatenate([(f32(f"{n}_bias_ih") + f32(f"{n}_bias_hh"))[order] * scale for n in names])
            w_hh = np.stack([(f32(f"{n}_weight_hh")[order] * scale[:, None]).T for n in names])
            self.layers.append((np.ascontiguousarray(w_ih), bias, np.ascontiguousarray(w_hh)))
        self.out_w, self.out_b = np.ascontiguousarray(f32("out_weight").T), f32("out_bias")
        self.start, self.end = f32("crf_start"), f32("crf_end")
        self.transitions = f32("crf_transitions")

    def tags(
        self, chars: np.ndarray, left: np.ndarray, right: np.ndarray, flags: np.ndarray, lengths: np.ndarray
    ) -> list[list[int]]:
        """The best tag ids of each sentence of a batch sorted by length, longest first. The inputs are the
        sentences' characters one after the other (row-major); inside, every array is packed time first: at step
        t, the sentences still running (a prefix of the batch) one after the other, and nothing for padding."""
        packed = _Packing(lengths)
        parts = [self.char[chars], self.bigram[left], self.bigram[right]]
        if self.lexicon:
            parts.append(((flags[:, None] >> _SHIFTS) & 1).astype(np.float32))
        x = np.concatenate(parts, axis=-1)[packed.from_rows]
        for layer in self.layers:
            x = self._bilstm(x, layer, packed)
        return self._viterbi(x @ self.out_w + self.out_b, packed)

    def _bilstm(
        self, x: np.ndarray, layer: tuple[np.ndarray, np.ndarray, np.ndarray], packed: _Packing
    ) -> np.ndarray:
        """Both directions of one layer over packed input; the backward one reads each sentence reversed."""
        w_ih, bias, w_hh = layer
        hid, h4 = self.hidden, 4 * self.hidden
        projected = x @ w_ih + bias  # (positions, 2 directions x 4 hidden): the whole batch in one product
        forward, backward = projected[:, :h4], projected[:, h4:]
        c = np.zeros((2, packed.running[0], hid), dtype=np.float32)
        out = np.empty((2, len(x), hid), dtype=np.float32)  # h of every step; the previous step's is h now
        previous = -1
        for start, n in zip(packed.starts, packed.running, strict=True):
            if previous >= 0:
                z = np.matmul(out[:, previous : previous + n], w_hh)
            else:
                z = np.zeros((2, n, h4), dtype=np.float32)
            z[0] += forward[start : start + n]
            z[1] += backward[packed.reverse[start : start + n]]  # the backward direction reads from the end
            np.tanh(z, out=z)
            sigmoids = z[..., : 3 * hid]
            sigmoids *= 0.5
            sigmoids += 0.5
            cell = c[:, :n]
            cell *= z[..., hid : 2 * hid]  # forget
            cell += z[..., :hid] * z[..., 3 * hid :]  # input x candidate
            h = out[:, start : start + n]
            np.tanh(cell, out=h)
            h *= z[..., 2 * hid : 3 * hid]  # output
            previous = start
        return np.concatenate([out[0], out[1][packed.reverse]], axis=1)

    def _viterbi(self, emissions: np.ndarray, packed: _Packing) -> list[list[int]]:
        """Packed emissions to each sentence's best tag ids, as HanLP's CRF decodes them."""
        running, starts = packed.running, packed.starts
        tags = emissions.shape[1]
        score = self.start + emissions[: running[0]]
        history = np.zeros((len(emissions), tags), dtype=np.int64)  # per packed position: best previous tag
        for start, n in zip(starts[1:], running[1:], strict=True):
            candidates = score[:n, :, None] + self.transitions + emissions[start : start + n, None, :]
            history[start : start + n] = candidates.argmax(axis=1)
            score[:n] = candidates.max(axis=1)
        best = (score + self.end).argmax(axis=1)
        lengths = packed.lengths
        paths = np.zeros((len(lengths), int(lengths[0])), dtype=np.int64)
        current = best.copy()
        for t in range(len(starts) - 1, -1, -1):
            n = running[t]
            current[:n] = np.where(lengths[:n] - 1 == t, best[:n], current[:n])
            paths[:n, t] = current[:n]
            if t:
                current[:n] = history[starts[t] + np.arange(n), current[:n]]
        return [paths[i, : lengths[i]].tolist() for i in range(len(lengths))]


class _Packing:
    """Where each position of a batch sorted by length (longest first) goes when packed time first."""

    def __init__(self, lengths: np.ndarray) -> None:
        self.lengths = lengths
        steps = np.arange(int(lengths[0]))
        self.running = (lengths[None, :] > steps[:, None]).sum(axis=1)  # sentences still running per step
        self.starts = np.concatenate([[0], np.cumsum(self.running)[:-1]])
        step, row = np.nonzero(lengths[None, :] > steps[:, None])  # packed order: step first, then row
        row_starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        self.from_rows = row_starts[row] + step
        """The row-major index of each packed position."""
        at = np.zeros((len(lengths), int(lengths[0])), dtype=np.int64)
        at[row, step] = np.arange(len(row))
        self.reverse = at[row, lengths[row] - 1 - step]
        """The packed position of the same sentence's character as many steps from its end."""


class ArrayTagger(ChunkedTagger):
    """epikg's NER model on numpy: `tag` and `tag_pages` as epikg.ner.hanlp_model.Tagger's."""

    def __init__(
        self, model: ArrayModel, chars: list[str], unk: int, tags: list[str], features: Features, name: str
    ):
        self.model = model
        self._index = {char: i for i, char in enumerate(chars)}
        self._index.pop(chars[0], None)  # padding is no character
        self._unk = unk
        self._tags = tags
        self._features = features
        self.name = name

    def _predict(self, texts: list[str], batch_size: int, groups: list[int]) -> list[list[Entity]]:
        """Raw entities for non-empty, short texts; batches sorted by length across the groups (pages): a
        sentence's tags do not depend on its batch mates here (each is computed in float32 on its own rows,
        nothing padded), so sentences of many pages share a batch, and fewer, fuller steps run."""
        found: list[list[Entity]] = [[] for _ in texts]
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for batch in _batches(order, [len(texts[i]) for i in order], batch_size):
            for i, tags in zip(batch, self._tag_batch([texts[i] for i in batch]), strict=True):
                found[i] = keep((label, b, e) for label, b, e in bio_spans(tags))
        return found

    def _tag_batch(self, texts: list[str]) -> list[list[str]]:
        """BIO tags of texts sorted by length, longest first."""
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        chars: list[int] = []
        left: list[int] = []
        right: list[int] = []
        flags: list[int] = []
        for text in texts:
            sample = self._features({"token": list(text)})
            chars.extend(self._index.get(c, self._unk) for c in text)
            left.extend(sample["left_bigram_id"])
            right.extend(sample["right_bigram_id"])
            flags.extend(sample.get("lexicon_id", ()))
        ids = [np.array(v, dtype=np.int64) for v in (chars, left, right, flags or [0] * len(chars))]
        return [[self._tags[t] for t in path] for path in self.model.tags(*ids, lengths)]


MAX_BATCH_CHARS = 2000
"""Characters a batch holds at most (a sentence longer than that alone): its arrays take about 38 KB a
character, so a chunk of pages does not take gigabytes at once. On the development corpus, tagged in chunks
of 8 pages, 2,000 tagged 7,200 characters a second at a peak of 133 MiB, 8,000 7,400 at 274 MiB."""


def _batches(order: list[int], lengths: list[int], batch_size: int) -> list[list[int]]:
    """Consecutive runs of `order` of at most `batch_size` texts and MAX_BATCH_CHARS characters."""
    batches: list[list[int]] = []
    chars = 0
    for index, length in zip(order, lengths, strict=True):
        if not batches or len(batches[-1]) >= batch_size or chars + length > MAX_BATCH_CHARS:
            batches.append([])
            chars = 0
        batches[-1].append(index)
        chars += length
    return batches


_BLAS_THREAD_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def one_blas_thread() -> bool:
    """numpy's OpenBLAS told to use one thread, as torch is in a build (the environment variable is read only
    when numpy loads, which a forked worker did before): two threads on two busy cores made a step's product
    up to 60 times slower. Whether an OpenBLAS was found; elsewhere nothing is changed."""
    import ctypes

    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            libraries = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return False
    for library in sorted(libraries):
        try:
            handle = ctypes.CDLL(library)
        except OSError:
            continue
        for setter in _BLAS_THREAD_SETTERS:
            if hasattr(handle, setter):
                getattr(handle, setter)(1)
                return True
    return False


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_array_tagger(model: str | Path | None = None) -> ArrayTagger:
    """The array engine for a model folder (None: the shipped one), loaded once per process; NerModelError
    in one line where the folder has no arrays.npz, or arrays exported from another model.pt."""
    folder = DEFAULT_MODEL_DIR if model is None else Path(model).expanduser()
    if not folder.is_dir():
        raise NerModelError(
            f"--ner-engine arrays reads a model folder, and {model} is none (use --ner-engine hanlp)"
        )
    return _load(str(folder.resolve()))


@functools.lru_cache(maxsize=4)
def _load(folder_name: str) -> ArrayTagger:
    folder = Path(folder_name)
    source = folder / ARRAYS_FILE
    if not source.is_file():
        raise NerModelError(
            f"{folder} has no {ARRAYS_FILE} for --ner-engine arrays"
            " (write it with tools/export_ner_arrays.py, or use --ner-engine hanlp)"
        )
    try:
        with np.load(source, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
        meta = json.loads(str(arrays.pop("meta")))
    except (OSError, ValueError, KeyError) as exc:
        raise NerModelError(f"cannot read {source}: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
    if meta.get("format") != FORMAT:
        raise NerModelError(f"{source} is in format {meta.get('format')}, this epikg reads {FORMAT}")
    weights = folder / "model.pt"
    if not weights.is_file() or _sha256(weights) != meta["model_sha256"]:
        raise NerModelError(
            f"{source} was not exported from {weights} (its sha256 differs);"
            " run tools/export_ner_arrays.py again, or use --ner-engine hanlp"
        )
    features = Features("token", int(meta["buckets"]), wants_lexicon=bool(meta["lexicon"]))
    if meta["lexicon"]:
        features.set_table(load_lexicon(folder / meta["lexicon"]))
    network = ArrayModel(arrays, int(meta["layers"]), int(meta["hidden"]), lexicon=bool(meta["lexicon"]))
    return ArrayTagger(
        network, arrays["chars"].tolist(), int(meta["unk"]), meta["tags"], features, str(folder)
    )
