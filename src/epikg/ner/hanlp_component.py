"""epikg's HanLP NER component: HanLP's BiLSTM-CRF with the fixes and inputs both training and loading need.

HanLP 2.1.5 builds `RNNNamedEntityRecognizer`'s CRF as `CRF(n_out, crf_constraints)`, which puts `None`
into `batch_first` and makes Viterbi decoding read the batch as time steps; `_BatchFirstRNNNER` rebuilds
the CRF batch-first in `build_model`, which both `fit()` and `load()` go through. Saved models name this
class as `epikg.ner.hanlp_model._BatchFirstRNNNER` (their config.json classpath), which still imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import torch
from hanlp.common.dataset import PadSequenceDataLoader, SortingSampler, TransformableDataset
from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
from hanlp.layers.crf.crf import CRF
from hanlp.layers.embeddings.embedding import Embedding
from hanlp.utils.time_util import CountdownTimer
from torch import nn

from epikg.ner.features import CharBigramEmbedding


class _GroupSampler(SortingSampler):
    """HanLP's length-sorted batches, made within each group of consecutive samples (a page) and never across:
    the int8 model quantizes each batch's activations on that batch's range, so a sentence's tags depend on
    its batch mates; with the page as the batch unit, many pages go through one call and tag as alone."""

    def __init__(self, lengths: list[int], batch_size: int, groups: list[int]) -> None:
        self.shuffle = False
        self.batch_size = batch_size
        self.batch_indices = []
        offset = 0
        for size in groups:
            alone = SortingSampler(lengths[offset : offset + size], batch_size)
            self.batch_indices.extend([offset + i for i in batch] for batch in alone.batch_indices)
            offset += size
        if offset != len(lengths):
            raise ValueError(f"groups cover {offset} samples of {len(lengths)}")


class _CRF(CRF):
    """HanLP's CRF decoded in numpy: the same sums in the same order on the same float32 numbers, so the same
    paths, without torch's cost per small operation at every character, and traced back for the whole batch at
    once where HanLP traces each sentence a character at a time (a tensor index and `.item()` a step)."""

    def _viterbi_decode(self, emissions: torch.FloatTensor, mask: torch.ByteTensor) -> list[list[int]]:
        emission = emissions.detach().cpu().numpy()
        running_at = mask.bool().cpu().numpy()
        seq_length, batch_size = running_at.shape
        transitions = self.transitions.detach().cpu().numpy()
        score = self.start_transitions.detach().cpu().numpy() + emission[0]
        back = np.zeros((max(seq_length - 1, 0), batch_size, self.num_tags), dtype=np.int64)
        for i in range(1, seq_length):
            candidates = score[:, :, None] + transitions + emission[i][:, None, :]
            back[i - 1] = candidates.argmax(axis=1)
            score = np.where(running_at[i][:, None], candidates.max(axis=1), score)
        score = score + self.end_transitions.detach().cpu().numpy()
        ends = running_at.sum(axis=0) - 1
        current = score.argmax(axis=1)
        paths = np.zeros((batch_size, seq_length), dtype=np.int64)
        rows = np.arange(batch_size)
        paths[rows, ends] = current
        for t in range(seq_length - 1, 0, -1):
            running = ends >= t
            previous = back[t - 1][rows, current]
            current = np.where(running, previous, current)
            paths[running, t - 1] = previous[running]
        return [paths[row, : ends[row] + 1].tolist() for row in range(batch_size)]


class _BatchFirstRNNNER(RNNNamedEntityRecognizer):
    """HanLP's BiLSTM-CRF NER with the CRF built batch-first, as its LSTM and masks are."""

    groups: list[int] | None = None
    """Sizes of consecutive groups of samples batched apart (see _GroupSampler), for the next predict only."""

    # Set by training: copies a saved model's weights into the new model (epikg.ner.training.warm_start).
    warm_start: Callable[[nn.Module, Any], None] | None = None

    def build_model(self, rnn_layers: int = 1, training: bool = False, **kwargs: Any) -> nn.Module:
        """HanLP's model with a batch-first CRF (2.1.5 builds it with batch_first=None) and
        `rnn_layers` stacked BiLSTM layers; for training, started from `warm_start` if set."""
        model = super().build_model(**kwargs)
        if model.crf is not None:
            model.crf = _CRF(model.crf.num_tags, batch_first=True)
        if rnn_layers > 1:
            lstm = model.word_lstm
            model.word_lstm = nn.LSTM(
                lstm.input_size,
                lstm.hidden_size,
                num_layers=rnn_layers,
                batch_first=True,
                bidirectional=True,
                dropout=kwargs["drop"],
            )
        if training and self.warm_start:
            self.warm_start(model, self.vocabs)
        return model

    def load_config(self, save_dir: str, filename: str = "config.json", **kwargs: Any) -> None:
        """HanLP's config loading, then the embedding told which directory holds its lexicon."""
        super().load_config(save_dir, filename, **kwargs)
        if isinstance(self.config.get("embed"), CharBigramEmbedding):
            self.config.embed.locate(save_dir)

    def build_dataloader(self, data, batch_size, shuffle, device, logger=None, **kwargs):  # noqa: ANN001, ANN201
        """HanLP's loader, with batches made per group where `groups` is set. Predicting, the dataset is built as
        HanLP builds it, and the lengths are read from the raw samples: HanLP's loader and a second one made from
        it each ran every sample's transforms (the features) once more only to measure it, 10% of tagging."""
        if self.groups is None or shuffle or self.vocabs.mutable or isinstance(data, TransformableDataset):
            return super().build_dataloader(data, batch_size, shuffle, device, logger, **kwargs)
        dataset = self.build_dataset(data, transform=[self.vocabs])
        token_embed = self._convert_embed()
        if isinstance(token_embed, Embedding):
            transform = token_embed.transform(vocabs=self.vocabs)
            if transform and transform not in dataset.transform:
                dataset.transform.insert(-1, transform)
        lengths = [len(sample[self.config.token_key]) for sample in dataset.data]
        sampler = _GroupSampler(lengths, batch_size, self.groups)
        return PadSequenceDataLoader(dataset, device=device, batch_sampler=sampler, vocabs=self.vocabs)

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
            timer.log(
                f"loss: {total_loss / (idx + 1):.4f}",
                ratio_percentage=False,
                logger=logger,
                ratio_width=ratio_width,
            )
