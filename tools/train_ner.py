"""Reproducible training of epikg's shipped NER model; writes metrics.json next to the model.

The shipped model, in two steps (defaults below are the plain model's hyperparameters): without
the lexicon on a GPU, then with the lexicon (tools/build_lexicon.py), started from step one:

    python tools/train_ner.py --corpus ../shared/ner/msra --out STEP1 --epochs 60 --patience 8 --gpu \
        --bigram-dim 32 --char-dropout 0.05 --hidden 300 --layers 2 --embed 150 --batch-size 100 --lr 0.003
    python tools/train_ner.py --corpus ../shared/ner/msra --out DIR --epochs 10 --patience 4 --threads 2 \
        --bigram-dim 32 --char-dropout 0.05 --hidden 300 --layers 2 --embed 150 --batch-size 100 --lr 0.001 \
        --lexicon lexicon.tsv.gz --warm-start STEP1
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from epikg.ner.training import score, train


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options; defaults are the shipped model's hyperparameters."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, required=True, help="folder of train.txt, test.txt (char TAB BIO)")
    p.add_argument("--out", type=Path, required=True, help="model directory to write")
    p.add_argument("--epochs", type=int, help="maximum epochs (early stopping on dev)")
    p.add_argument(
        "--score-only",
        action="store_true",
        help="re-score the model in --out on dev and test, updating its metrics.json; no training",
    )
    p.add_argument("--dev-ratio", type=float, default=0.05, help="share of train.txt held out for selection")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--threads", type=int, default=1, help="torch threads (leave a core free)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N sentences (smoke tests)")
    p.add_argument("--embed", type=int, default=100, help="character embedding size")
    p.add_argument("--bigram-dim", type=int, default=0, help="hashed char-bigram size (0: chars only)")
    p.add_argument("--bigram-buckets", type=int, default=32768, help="hash buckets for char bigrams")
    p.add_argument(
        "--lexicon",
        type=Path,
        default=None,
        help="word<TAB>category lexicon (tools/build_lexicon.py) for lexicon flags; copied into --out",
    )
    p.add_argument(
        "--warm-start",
        type=Path,
        default=None,
        help="saved model to start from; new input features start at zero weight",
    )
    p.add_argument(
        "--extra",
        type=Path,
        default=None,
        help="char<TAB>BIO file of more training sentences, added to the training part (not to dev)",
    )
    p.add_argument("--extra-repeat", type=int, default=1, help="times --extra is added")
    p.add_argument("--layers", type=int, default=1, help="stacked BiLSTM layers")
    p.add_argument(
        "--char-dropout",
        type=float,
        default=0.0,
        help="share of training characters replaced by the unknown token",
    )
    p.add_argument("--gpu", action="store_true", help="train on the first CUDA device")
    p.add_argument("--hidden", type=int, default=200, help="LSTM hidden size per direction")
    p.add_argument("--drop", type=float, default=0.3)
    p.add_argument("--lr", type=float, default=0.002)
    p.add_argument("--batch-size", type=int, default=50)
    p.add_argument("--patience", type=int, default=5, help="epochs without dev gain before stopping")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Train, then save and print the metrics."""
    a = parse_args(argv)
    if a.score_only:
        path = a.out / "metrics.json"
        metrics = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        metrics.update(score(a.corpus, a.out, dev_ratio=a.dev_ratio, seed=a.seed, limit=a.limit))
    elif a.epochs is None:
        raise SystemExit("--epochs is required unless --score-only")
    else:
        metrics = train(
            a.corpus,
            a.out,
            epochs=a.epochs,
            dev_ratio=a.dev_ratio,
            seed=a.seed,
            threads=a.threads,
            limit=a.limit,
            embed=a.embed,
            rnn_hidden=a.hidden,
            drop=a.drop,
            lr=a.lr,
            batch_size=a.batch_size,
            patience=a.patience,
            bigram_dim=a.bigram_dim,
            bigram_buckets=a.bigram_buckets,
            lexicon=a.lexicon,
            warm_start=a.warm_start,
            rnn_layers=a.layers,
            char_dropout=a.char_dropout,
            gpu=a.gpu,
            extra=a.extra,
            extra_repeat=a.extra_repeat,
        )
        metrics["command"] = " ".join(
            ["python tools/train_ner.py", *(sys.argv[1:] if argv is None else argv)]
        )
    text = json.dumps(metrics, ensure_ascii=False, indent=2)
    (a.out / "metrics.json").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
