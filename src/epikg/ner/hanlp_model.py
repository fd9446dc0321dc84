"""The one place epikg runs HanLP: load a character NER model offline and tag sentences.

The shipped model is HanLP's own BiLSTM-CRF (`RNNNamedEntityRecognizer`, as fixed in
`hanlp_component.py`), trained on MSRA by `epikg.ner.training`; any other HanLP model saved in a
directory, or a HanLP pretrained identifier where there is a network, loads too.
"""

from __future__ import annotations

import concurrent.futures
import functools
import json
import os
import socket
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import hanlp
import hanlp.pretrained
import torch
from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
from hanlp.utils.io_util import path_from_url, split_if_compressed
from torch import nn

from epikg.errors import NerModelError
from epikg.ner.corpus import Entity
from epikg.ner.hanlp_component import _BatchFirstRNNNER
from epikg.ner.tagging import MAX_CHUNK, ChunkedTagger, keep
from epikg.ner.tagging import chunks as _chunks  # noqa: F401 - under its old name, as tests know it

__all__ = ["DEFAULT_MODEL_DIR", "MAX_CHUNK", "NerModelError", "Tagger", "load_model_dir", "load_tagger"]

DEFAULT_MODEL_DIR: Path = Path(__file__).parent / "model"


_NETWORK_TIMEOUT_S = 3.0


def _token_offsets(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each token of a tokenizer that may drop whitespace."""
    offsets, cursor = [], 0
    for token in tokens:
        found = text.find(token, cursor)
        begin = found if found >= 0 else cursor
        cursor = begin + len(token)
        offsets.append((begin, cursor))
    return offsets


class Tagger(ChunkedTagger):
    """Entities (type, start, end) per sentence, whatever HanLP model sits underneath."""

    def __init__(self, component: Any, *, char_level: bool, name: str) -> None:
        self._component = component
        self._char_level = char_level
        self.name = name

    def _predict(self, texts: list[str], batch_size: int, groups: list[int]) -> list[list[Entity]]:
        """Raw entities for non-empty, short texts, offsets into each text; batches within each group of texts."""
        if self._char_level:
            component = self._component
            component.groups = groups if isinstance(component, _BatchFirstRNNNER) else None
            try:
                output = component.predict([list(t) for t in texts], batch_size=batch_size)
            finally:
                component.groups = None
            return [keep(((label, b, e) for _, label, b, e in ents)) for ents in output]
        found: list[list[Entity]] = []
        offset = 0
        for size in groups:  # other models: one call per page, as before
            found.extend(self._predict_pretrained(texts[offset : offset + size], batch_size))
            offset += size
        return found

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
                out.append(keep((lab, offs[b][0], offs[e - 1][1]) for _, lab, b, e in ents))
            return out
        output = comp([list(t) for t in texts], batch_size=batch_size)
        return [keep((label, b, e) for _, label, b, e in ents) for ents in output]


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
        " (e.g. MSRA_NER_ELECTRA_SMALL_ZH)"
    )


def load_tagger(model: str | Path | None = None) -> Tagger:
    """The tagger for a model directory or HanLP pretrained identifier, loaded once per process."""
    return _load(*_resolve(model))


@functools.lru_cache(maxsize=8)
def _load(kind: str, key: str) -> Tagger:
    """Load a resolved model; cached so every caller shares one copy."""
    if kind == "dir":
        return _load_dir(Path(key))
    return _load_pretrained(key)


def load_model_dir(path: Path) -> Tagger:
    """A model directory loaded afresh, past the per-process cache: for scoring a model just trained."""
    _load.cache_clear()
    return _load_dir(path)


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
        raise NerModelError(
            f"cannot load NER model from {path}: {type(exc).__name__}: {exc}".splitlines()[0]
        ) from exc


def _quantized(model: nn.Module) -> nn.Module:
    """LSTM and linear weights as int8 for CPU inference: twice the speed; metrics.json scores the int8 model.
    In place: a float copy to quantize held 21 MiB more after loading, for the same int8 model."""
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore"
        )  # torch.ao.quantization is deprecated in favour of torchao, still there
        return torch.ao.quantization.quantize_dynamic(
            model, {nn.LSTM, nn.Linear}, dtype=torch.qint8, inplace=True
        )


def _load_pretrained(url: str) -> Tagger:
    """A HanLP pretrained model, failing fast when it is not cached and its host cannot be reached."""
    if not _cached_locally(url):
        parsed = urlparse(url)
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        if not _reachable(parsed.hostname or "", port):
            raise NerModelError(
                f"HanLP pretrained model {url} is not cached and {parsed.hostname} cannot be reached"
            )
    try:
        return Tagger(hanlp.load(url, devices=-1, verbose=False), char_level=False, name=url)
    except Exception as exc:
        raise NerModelError(
            f"cannot load HanLP model {url}: {type(exc).__name__}: {exc}".splitlines()[0]
        ) from exc
