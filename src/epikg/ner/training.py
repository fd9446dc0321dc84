"""Training and scoring of epikg's NER model with HanLP's trainer (tools/train_ner.py drives it).

Kept apart from inference (`hanlp_model.py`): building the graph never imports the trainer.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import hanlp
import torch
from torch import nn

from epikg.errors import NerModelError
from epikg.ner.corpus import evaluate, read_bio, split_dev
from epikg.ner.features import CharBigramEmbedding
from epikg.ner.hanlp_component import _BatchFirstRNNNER
from epikg.ner.hanlp_model import load_model_dir

__all__ = ["halve_weights", "score", "train"]


def _warm_start(model: nn.Module, vocabs: Any, *, model_dir: Path) -> None:
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
            new[:, : weight.shape[1]] = weight
        else:
            raise NerModelError(f"cannot warm-start {key}: shape {tuple(weight.shape)} -> {tuple(new.shape)}")
    model.load_state_dict(state)


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


def train(
    corpus_dir: Path,
    out_dir: Path,
    *,
    epochs: int,
    dev_ratio: float = 0.05,
    seed: int = 1,
    threads: int = 1,
    limit: int | None = None,
    bigram_dim: int = 0,
    bigram_buckets: int = 32768,
    lexicon: Path | None = None,
    warm_start: Path | None = None,
    gpu: bool = False,
    extra: Path | None = None,
    extra_repeat: int = 1,
    **hyper: Any,
) -> dict:
    """Train the BiLSTM-CRF on corpus_dir/train.txt, save it to out_dir, and score dev and test exactly.

    `lexicon` (a `word<TAB>category` file, see features.py) is copied into out_dir and read from there.
    `warm_start` is a saved model to start from (see _warm_start), e.g. one trained without the lexicon.
    `gpu` trains on the first CUDA device; the saved model loads on CPU either way.
    `extra` is a char<TAB>BIO file of more training sentences (the genre's, say), added `extra_repeat` times to
    the training part only: the dev split stays the corpus's own, so no copy of a sentence is in both.
    """
    torch.set_num_threads(threads)
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if bigram_dim or lexicon:
        name = None
        if lexicon:
            name = "lexicon" + "".join(Path(lexicon).suffixes)
            shutil.copyfile(lexicon, out_dir / name)
        hyper["embed"] = CharBigramEmbedding(
            hyper.get("embed", 100), bigram_dim, bigram_buckets, lexicon=name
        )
        hyper["embed"].locate(out_dir)
    samples = read_bio(corpus_dir / "train.txt")[:limit]
    trn, dev = split_dev(samples, dev_ratio, seed)
    added = read_bio(Path(extra)) if extra else []
    trn += added * extra_repeat
    params = {
        "embed": 100,
        "rnn_hidden": 200,
        "drop": 0.3,
        "lr": 0.002,
        "batch_size": 50,
        "patience": 5,
        "anneal_factor": 0.5,
        "anneal_patience": 2,
        **hyper,
    }
    logger = _train_logger()
    started = time.time()
    component = _BatchFirstRNNNER()
    if warm_start:
        component.warm_start = functools.partial(_warm_start, model_dir=Path(warm_start))
    component.fit(
        trn,
        dev,
        str(out_dir),
        epochs=epochs,
        seed=seed,
        devices=[0] if gpu else -1,
        tagging_scheme="BIO",
        crf=True,
        token_delimiter="",
        logger=logger,
        **params,
    )
    seconds = round(time.time() - started, 1)
    halve_weights(out_dir / "model.pt")
    return {
        "model": "hanlp RNNNamedEntityRecognizer (BiLSTM-CRF, batch-first CRF fix)",
        "hanlp": hanlp.__version__,
        "corpus": str(corpus_dir),
        "train_sentences": len(trn),
        "epochs": epochs,
        "seed": seed,
        "threads": threads,
        "warm_start": str(warm_start) if warm_start else None,
        "extra": {"file": str(extra), "sentences": len(added), "repeat": extra_repeat} if extra else None,
        "device": torch.cuda.get_device_name(0) if gpu else "cpu",
        "hyper": {k: getattr(v, "config", v) for k, v in params.items()},
        "train_seconds": seconds,
        **score(corpus_dir, out_dir, dev_ratio=dev_ratio, seed=seed, limit=limit),
    }


def score(
    corpus_dir: Path, model_dir: Path, *, dev_ratio: float = 0.05, seed: int = 1, limit: int | None = None
) -> dict:
    """Exact-span scores of a saved model, loaded as epikg loads it, on the held-out dev split (the same
    split train() made) and the test set."""
    corpus_dir = Path(corpus_dir)
    _, dev = split_dev(read_bio(corpus_dir / "train.txt")[:limit], dev_ratio, seed)
    test = read_bio(corpus_dir / "test.txt")
    tagger = load_model_dir(Path(model_dir))
    return {
        "dev_sentences": len(dev),
        "test_sentences": len(test),
        "dev": evaluate(tagger, dev),
        "test": evaluate(tagger, test),
    }
