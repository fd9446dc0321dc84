"""Write a HanLP BiLSTM-CRF model folder's weights as numpy arrays (arrays.npz), for the array engine.

    python tools/export_ner_arrays.py [MODEL_DIR]      # default: the shipped model, src/epikg/ner/model

The model is read through HanLP itself (torch), as `epikg build --ner-engine hanlp` loads it, before its
int8 quantization: what is written is the float model's own weights. They are stored as float16, which is
what model.pt holds (checked: a weight that float16 would change is stored as float32 instead), beside the
character and tag vocabularies, the feature settings, and the sha256 of the model.pt they came from, which
epikg.ner.array_model checks before it runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from epikg.ner.array_model import ARRAYS_FILE, FORMAT  # noqa: E402
from epikg.ner.hanlp_component import _BatchFirstRNNNER  # noqa: E402
from epikg.ner.hanlp_model import DEFAULT_MODEL_DIR  # noqa: E402


def _compact(values: np.ndarray) -> np.ndarray:
    """float16 where that keeps every value exactly, float32 otherwise."""
    half = values.astype(np.float16)
    return half if np.array_equal(half.astype(np.float32), values) else values.astype(np.float32)


def export(folder: Path) -> Path:
    """Read the model in `folder` with HanLP and write `folder/arrays.npz`; its path."""
    component = _BatchFirstRNNNER()
    component.load(str(folder), devices=-1, verbose=False)
    config = component.config
    embed = config.embed
    if not config.get("crf") or config.get("rnn_input") or config.tagging_scheme != "BIO":
        raise SystemExit(f"{folder}: only BIO BiLSTM-CRF models without an input projection are exported")
    state = {name: tensor.detach().float().numpy() for name, tensor in component.model.state_dict().items()}
    layers = int(config.get("rnn_layers") or 1)
    arrays: dict[str, np.ndarray] = {
        "char": state["embed.char.weight"],
        "bigram": state["embed.bigram.weight"],
        "out_weight": state["out.weight"],
        "out_bias": state["out.bias"],
        "crf_start": state["crf.start_transitions"],
        "crf_end": state["crf.end_transitions"],
        "crf_transitions": state["crf.transitions"],
    }
    for layer in range(layers):
        for direction, suffix in (("f", ""), ("b", "_reverse")):
            for part in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                arrays[f"lstm{layer}{direction}_{part}"] = state[f"word_lstm.{part}_l{layer}{suffix}"]
    meta = {
        "format": FORMAT,
        "model_sha256": hashlib.sha256((folder / "model.pt").read_bytes()).hexdigest(),
        "layers": layers,
        "hidden": int(config.rnn_hidden),
        "buckets": int(embed.buckets),
        "lexicon": embed.lexicon,
        "tags": list(component.vocabs["tag"].idx_to_token),
    }
    tokens = component.vocabs[config.token_key]
    if tokens.idx_to_token[0] != tokens.pad_token:
        raise SystemExit(f"{folder}: the character vocabulary does not start with its padding token")
    meta |= {"unk": tokens.idx_to_token.index(tokens.unk_token)}
    target = folder / ARRAYS_FILE
    np.savez_compressed(
        target,
        meta=np.array(json.dumps(meta, ensure_ascii=False)),
        chars=np.array(tokens.idx_to_token),
        **{name: _compact(values) for name, values in arrays.items()},
    )
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", nargs="?", type=Path, default=DEFAULT_MODEL_DIR)
    args = parser.parse_args()
    target = export(args.model_dir)
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
