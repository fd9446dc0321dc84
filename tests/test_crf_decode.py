"""epikg decodes the model's CRF in numpy (epikg.ner.hanlp_component._CRF): the paths HanLP's torch decoder
finds, on the CPU where pages are built and on a GPU where the model is trained (tools/train_ner.py --gpu scores
the dev split after each epoch with tensors on the device).

Imports torch and HanLP alone, so that it runs on a GPU machine with `pytest --noconftest` and those two."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

DEVICES = [
    "cpu",
    pytest.param("cuda", marks=pytest.mark.skipif(not torch.cuda.is_available(), reason="no GPU")),
]


@pytest.mark.parametrize("device", DEVICES)
def test_the_numpy_viterbi_finds_hanlps_paths(device: str) -> None:
    """Batch-first, sentences of unequal length, tensors on the device."""
    from hanlp.layers.crf.crf import CRF

    from epikg.ner.hanlp_component import _CRF

    torch.manual_seed(7)
    ours, hanlps = _CRF(7, batch_first=True).to(device), CRF(7, batch_first=True).to(device)
    hanlps.load_state_dict(ours.state_dict())
    for lengths in ([1], [5, 3, 1], [40, 40, 17, 2]):
        emissions = torch.randn(len(lengths), max(lengths), 7, device=device)
        mask = torch.tensor(
            [[i < n for i in range(max(lengths))] for n in lengths], dtype=torch.bool, device=device
        )
        assert ours.decode(emissions, mask) == hanlps.decode(emissions, mask)
