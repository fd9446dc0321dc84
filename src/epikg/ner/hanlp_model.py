"""The one place epikg touches HanLP: train, load and run a character NER model offline.

The shipped model is HanLP's own BiLSTM-CRF (`RNNNamedEntityRecognizer`) trained on
MSRA with `train()` below. HanLP 2.1.5 builds that model's CRF as
`CRF(n_out, crf_constraints)`, which puts `None` into `batch_first` and makes Viterbi
decoding read the batch as time steps; `_BatchFirstRNNNER` rebuilds the CRF
batch-first in `build_model`, which both `fit()` and `load()` go through.
"""

from __future__ import annotations

import concurrent.futures
import functools
import json
import logging
import os
import shutil
import socket
import sys
import time
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import hanlp
import hanlp.pretrained
import torch
from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
from hanlp.layers.crf.crf import CRF
from hanlp.utils.io_util import path_from_url, split_if_compressed
from hanlp.utils.time_util import CountdownTimer
from torch import nn

from epikg.ner.corpus import Entity, evaluate, read_bio, split_dev
from epikg.ner.features import CharBigramEmbedding
from epikg.script import fold

DEFAULT_MODEL_DIR: Path = Path(__file__).parent / "model"


ENTITY_TYPES = ("PER", "LOC", "ORG")
MAX_CHUNK = 2000  # a sentence is read whole: a cut at 150 split names (MSRA test F1 -0.004)
_CUT_AFTER = frozenset("。！？!?；;，,、：:…\n")
_LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "NR": "PER",
    "LOC": "LOC", "LOCATION": "LOC", "NS": "LOC", "GPE": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "NT": "ORG",
}
_NETWORK_TIMEOUT_S = 3.0


class NerModelError(Exception):
    """A model that cannot be loaded, told in one line."""


class _BatchFirstRNNNER(RNNNamedEntityRecognizer):
    """HanLP's BiLSTM-CRF NER with the CRF built batch-first, as its LSTM and masks are."""

    warm_start: Path | None = None

    def build_model(self, rnn_layers: int = 1, training: bool = False, **kwargs: Any) -> nn.Module:
        """HanLP's model with a batch-first CRF (2.1.5 builds it with batch_first=None) and
        `rnn_layers` stacked BiLSTM layers; for training, started from `warm_start`'s weights if set."""
        model = super().build_model(**kwargs)
        if model.crf is not None:
            model.crf = CRF(model.crf.num_tags, batch_first=True)
        if rnn_layers > 1:
            lstm = model.word_lstm
            model.word_lstm = nn.LSTM(lstm.input_size, lstm.hidden_size, num_layers=rnn_layers,
                                      batch_first=True, bidirectional=True, dropout=kwargs["drop"])
        if training and self.warm_start:
            _warm_start(model, self.vocabs, self.warm_start)
        return model

    def load_config(self, save_dir: str, filename: str = "config.json", **kwargs: Any) -> None:
        """HanLP's config loading, then the embedding told which directory holds its lexicon."""
        super().load_config(save_dir, filename, **kwargs)
        if isinstance(self.config.get("embed"), CharBigramEmbedding):
            self.config.embed.locate(save_dir)

    def feed_batch(self, batch: dict) -> tuple[torch.Tensor, torch.Tensor]:
        """While training, replace a `char_dropout` share of characters by the unknown token,
        so the model learns what to do with characters it never saw (rare name characters)."""
        rate = self.config.get("char_dropout") or 0.0
        key = f"{self.config.token_key}_id"
        if self.model.training and rate > 0:
            ids = batch[key]
            unk = self.vocabs[self.config.token_key].unk_idx
            drop = ids.gt(0) & (torch.rand(ids.shape, device=ids.device) < rate)
            batch = {**batch, key: ids.masked_fill(drop, unk)}
        return self.model(batch[key], **batch, batch=batch)

    def fit_dataloader(self, trn, criterion, optimizer, metric, logger, ratio_width=None, **kwargs) -> None:
        """HanLP's loop minus Viterbi-decoding every training batch, which only fed a progress metric."""
        self.model.train()
        timer = CountdownTimer(len(trn))
        total_loss = 0.0
        for idx, batch in enumerate(trn):
            optimizer.zero_grad()
            out, mask = self.feed_batch(batch)
            loss = self.compute_loss(criterion, out, batch["tag_id"], mask)
            loss.backward()
            nn.utils.clip_grad_norm_(self.model.parameters(), 5.0)
            optimizer.step()
            total_loss += loss.item()
            timer.log(f"loss: {total_loss / (idx + 1):.4f}", ratio_percentage=False, logger=logger,
                      ratio_width=ratio_width)


def _warm_start(model: nn.Module, vocabs: Any, model_dir: Path) -> None:
    """Copy a saved model's weights into a new one that may read more input features.

    Character rows follow the characters (vocabularies may differ); an input matrix that grew keeps
    the old columns and starts the new ones at zero, so the new model begins as the old one."""
    old = torch.load(model_dir / "model.pt", map_location="cpu", weights_only=True)
    old_chars = json.loads((model_dir / "vocabs.json").read_text(encoding="utf-8"))["token"]["idx_to_token"]
    state = model.state_dict()
    for key, new in state.items():
        if key not in old:
            continue
        weight = old[key].to(new.dtype)
        if key == "embed.char.weight":
            index = {char: i for i, char in enumerate(old_chars)}
            for i, char in enumerate(vocabs["token"].idx_to_token):
                if char in index:
                    new[i] = weight[index[char]]
        elif weight.shape == new.shape:
            new.copy_(weight)
        elif key.startswith("word_lstm.weight_ih_l0") and weight.shape[0] == new.shape[0]:
            new.zero_()
            new[:, :weight.shape[1]] = weight
        else:
            raise NerModelError(f"cannot warm-start {key}: shape {tuple(weight.shape)} -> {tuple(new.shape)}")
    model.load_state_dict(state)


# ---------------------------------------------------------------- inference


def _chunks(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """Cut long text into pieces the tagger sees whole, after punctuation where possible."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max((i for i, c in enumerate(window) if c in _CUT_AFTER), default=-1)
        end = start + (cut + 1 if cut >= limit // 3 else limit)
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _map_label(label: str) -> str | None:
    """HanLP's label for an entity type as PER/LOC/ORG, or None for types epikg ignores."""
    return _LABEL_MAP.get(label.upper())


def _token_offsets(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each token of a tokenizer that may drop whitespace."""
    offsets, cursor = [], 0
    for token in tokens:
        found = text.find(token, cursor)
        begin = found if found >= 0 else cursor
        cursor = begin + len(token)
        offsets.append((begin, cursor))
    return offsets


class Tagger:
    """Entities (type, start, end) per sentence, whatever HanLP model sits underneath."""

    def __init__(self, component: Any, *, char_level: bool, name: str) -> None:
        self._component = component
        self._char_level = char_level
        self.name = name

    def __repr__(self) -> str:
        return f"Tagger({self.name!r})"

    def tag(self, sentences: Sequence[str], batch_size: int = 64) -> list[list[Entity]]:
        """Fold, chunk and batch the sentences, then put entities back on the input's offsets."""
        pieces: list[tuple[int, int, str]] = []
        for index, sentence in enumerate(sentences):
            folded = fold(sentence)
            pieces.extend((index, b, folded[b:e]) for b, e in _chunks(folded) if folded[b:e].strip())
        results: list[list[Entity]] = [[] for _ in sentences]
        if not pieces:
            return results
        found = self._predict([text for _, _, text in pieces], batch_size)
        for (index, shift, _), entities in zip(pieces, found, strict=True):
            results[index].extend((t, b + shift, e + shift) for t, b, e in entities)
        return results

    def _predict(self, texts: list[str], batch_size: int) -> list[list[Entity]]:
        """Raw entities for non-empty, short texts, offsets into each text."""
        if self._char_level:
            output = self._component.predict([list(t) for t in texts], batch_size=batch_size)
            return [self._keep(((label, b, e) for _, label, b, e in ents)) for ents in output]
        return self._predict_pretrained(texts, batch_size)

    @staticmethod
    def _keep(entities: Iterable[tuple[str, int, int]]) -> list[Entity]:
        """Entities of the three types epikg uses, in text order."""
        kept = [(t, b, e) for label, b, e in entities if (t := _map_label(label)) and e > b]
        return sorted(set(kept), key=lambda x: (x[1], x[2]))

    def _predict_pretrained(self, texts: list[str], batch_size: int) -> list[list[Entity]]:
        """HanLP pretrained NER or MTL models, with their token offsets turned into characters."""
        comp = self._component
        if _is_mtl(comp):
            doc = comp(texts, tasks=_mtl_ner_task(comp))
            key = next(k for k in doc if k.startswith("ner"))
            tok_key = next(k for k in doc if k.startswith("tok"))
            out = []
            for text, tokens, ents in zip(texts, doc[tok_key], doc[key], strict=True):
                offs = _token_offsets(text, tokens)
                out.append(self._keep((lab, offs[b][0], offs[e - 1][1]) for _, lab, b, e in ents))
            return out
        output = comp([list(t) for t in texts], batch_size=batch_size)
        return [self._keep((label, b, e) for _, label, b, e in ents) for ents in output]


def _is_mtl(component: Any) -> bool:
    """Whether a HanLP component is a multi-task model (tasks named like 'ner/msra')."""
    return hasattr(component, "tasks") and isinstance(component.tasks, dict)


def _mtl_ner_task(component: Any) -> str:
    """The NER task of an MTL model, MSRA's scheme first as it matches PER/LOC/ORG best."""
    names = [n for n in component.tasks if n.startswith("ner")]
    if not names:
        raise NerModelError(f"HanLP model has no NER task (tasks: {', '.join(component.tasks)})")
    for preferred in ("ner/msra", "ner/pku", "ner/ontonotes"):
        if preferred in names:
            return preferred
    return names[0]


# ---------------------------------------------------------------- loading


def _pretrained_url(name: str) -> str | None:
    """The download URL of a HanLP pretrained identifier or URL, None otherwise."""
    if name.startswith(("http://", "https://")):
        return name
    return hanlp.pretrained.ALL.get(name)


def _cached_locally(url: str) -> bool:
    """Whether HanLP already unpacked this pretrained model under HANLP_HOME."""
    realpath, _ = split_if_compressed(path_from_url(url.split("#")[0]))
    return os.path.isdir(realpath)


def _reachable(host: str, port: int, timeout: float = _NETWORK_TIMEOUT_S) -> bool:
    """A TCP connect, DNS included, bounded by `timeout` seconds in all."""
    def connect() -> None:
        with socket.create_connection((host, port), timeout=timeout):
            pass

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        pool.submit(connect).result(timeout=timeout)
        return True
    except Exception:
        return False
    finally:
        pool.shutdown(wait=False)


def _resolve(model: str | Path | None) -> tuple[str, str]:
    """('dir', absolute path) or ('pretrained', url) for a model argument, or NerModelError."""
    if model is None:
        model = DEFAULT_MODEL_DIR
    text = str(model)
    url = None if isinstance(model, Path) else _pretrained_url(text)
    if url:
        return "pretrained", url
    path = Path(text).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise NerModelError(f"{path} holds no NER model (no config.json)")
        return "dir", str(path.resolve())
    if isinstance(model, Path) or os.sep in text or text.startswith("."):
        raise NerModelError(f"NER model directory {text} does not exist")
    raise NerModelError(
        f"unknown NER model {text!r}: neither a model directory nor a HanLP pretrained identifier"
        " (e.g. MSRA_NER_ELECTRA_SMALL_ZH)")


def load_tagger(model: str | Path | None = None) -> Tagger:
    """The tagger for a model directory or HanLP pretrained identifier, loaded once per process."""
    return _load(*_resolve(model))


@functools.lru_cache(maxsize=8)
def _load(kind: str, key: str) -> Tagger:
    """Load a resolved model; cached so every caller shares one copy."""
    if kind == "dir":
        return _load_dir(Path(key))
    return _load_pretrained(key)


def _load_dir(path: Path) -> Tagger:
    """A model saved by train(), or any HanLP component saved in a directory."""
    try:
        classpath = json.loads((path / "config.json").read_text(encoding="utf-8")).get("classpath", "")
        if classpath.endswith((_BatchFirstRNNNER.__name__, RNNNamedEntityRecognizer.__name__)):
            component = _BatchFirstRNNNER()
            component.load(str(path), devices=-1, verbose=False)
            component.model = _quantized(component.model)
            return Tagger(component, char_level=True, name=str(path))
        return Tagger(hanlp.load(str(path), devices=-1, verbose=False), char_level=False, name=str(path))
    except NerModelError:
        raise
    except Exception as exc:
        raise NerModelError(f"cannot load NER model from {path}: {type(exc).__name__}: {exc}"
                            .splitlines()[0]) from exc


def _quantized(model: nn.Module) -> nn.Module:
    """LSTM and linear weights as int8 for CPU inference: twice the speed, the same F1 (0.888 on MSRA test)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization is deprecated in favour of torchao, still there
        return torch.ao.quantization.quantize_dynamic(model, {nn.LSTM, nn.Linear}, dtype=torch.qint8)


def _load_pretrained(url: str) -> Tagger:
    """A HanLP pretrained model, failing fast when it is not cached and its host cannot be reached."""
    if not _cached_locally(url):
        parsed = urlparse(url)
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        if not _reachable(parsed.hostname or "", port):
            raise NerModelError(
                f"HanLP pretrained model {url} is not cached and {parsed.hostname} cannot be reached")
    try:
        return Tagger(hanlp.load(url, devices=-1, verbose=False), char_level=False, name=url)
    except Exception as exc:
        raise NerModelError(f"cannot load HanLP model {url}: {type(exc).__name__}: {exc}"
                            .splitlines()[0]) from exc


# ---------------------------------------------------------------- training


def _train_logger() -> logging.Logger:
    """A stdout logger for HanLP's trainer, so it writes no log file into the model directory."""
    logger = logging.getLogger("epikg.ner.train")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def halve_weights(path: Path) -> None:
    """Store saved weights as float16: half the file, and load_state_dict casts them back to float32.
    The metrics train() reports are measured on the halved file."""
    state = torch.load(path, map_location="cpu", weights_only=True)
    tmp = path.with_suffix(".tmp")
    torch.save({k: v.half() if v.is_floating_point() else v for k, v in state.items()}, tmp)
    os.replace(tmp, path)


def train(corpus_dir: Path, out_dir: Path, *, epochs: int, dev_ratio: float = 0.05, seed: int = 1,
          threads: int = 1, limit: int | None = None, bigram_dim: int = 0, bigram_buckets: int = 32768,
          lexicon: Path | None = None, warm_start: Path | None = None, gpu: bool = False,
          **hyper: Any) -> dict:
    """Train the BiLSTM-CRF on corpus_dir/train.txt, save it to out_dir, and score dev and test exactly.

    `lexicon` (a `word<TAB>category` file, see features.py) is copied into out_dir and read from there.
    `warm_start` is a saved model to start from (see _warm_start), e.g. one trained without the lexicon.
    `gpu` trains on the first CUDA device; the saved model loads on CPU either way.
    """
    torch.set_num_threads(threads)
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if bigram_dim or lexicon:
        name = None
        if lexicon:
            name = "lexicon" + "".join(Path(lexicon).suffixes)
            shutil.copyfile(lexicon, out_dir / name)
        hyper["embed"] = CharBigramEmbedding(hyper.get("embed", 100), bigram_dim, bigram_buckets, lexicon=name)
        hyper["embed"].locate(out_dir)
    samples = read_bio(corpus_dir / "train.txt")[:limit]
    trn, dev = split_dev(samples, dev_ratio, seed)
    params = {"embed": 100, "rnn_hidden": 200, "drop": 0.3, "lr": 0.002, "batch_size": 50, "patience": 5,
              "anneal_factor": 0.5, "anneal_patience": 2, **hyper}
    logger = _train_logger()
    started = time.time()
    component = _BatchFirstRNNNER()
    component.warm_start = Path(warm_start) if warm_start else None
    component.fit(trn, dev, str(out_dir), epochs=epochs, seed=seed, devices=[0] if gpu else -1,
                  tagging_scheme="BIO", crf=True, token_delimiter="", logger=logger, **params)
    seconds = round(time.time() - started, 1)
    halve_weights(out_dir / "model.pt")
    return {"model": "hanlp RNNNamedEntityRecognizer (BiLSTM-CRF, batch-first CRF fix)",
            "hanlp": hanlp.__version__, "corpus": str(corpus_dir), "train_sentences": len(trn),
            "epochs": epochs, "seed": seed, "threads": threads,
            "warm_start": str(warm_start) if warm_start else None,
            "device": torch.cuda.get_device_name(0) if gpu else "cpu",
            "hyper": {k: getattr(v, "config", v) for k, v in params.items()}, "train_seconds": seconds,
            **score(corpus_dir, out_dir, dev_ratio=dev_ratio, seed=seed, limit=limit)}


def score(corpus_dir: Path, model_dir: Path, *, dev_ratio: float = 0.05, seed: int = 1,
          limit: int | None = None) -> dict:
    """Exact-span scores of a saved model, loaded as epikg loads it, on the held-out dev split (the same
    split train() made) and the test set."""
    corpus_dir = Path(corpus_dir)
    _, dev = split_dev(read_bio(corpus_dir / "train.txt")[:limit], dev_ratio, seed)
    test = read_bio(corpus_dir / "test.txt")
    _load.cache_clear()
    tagger = _load_dir(Path(model_dir))
    return {"dev_sentences": len(dev), "test_sentences": len(test),
            "dev": evaluate(tagger, dev), "test": evaluate(tagger, test)}
