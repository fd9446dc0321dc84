"""The shipped HanLP NER model, run for real: loading, offsets, folding, chunking and its failures."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from epikg.ner.corpus import bio_spans, score
from epikg.ner.hanlp_model import (
    DEFAULT_MODEL_DIR,
    MAX_CHUNK,
    NerModelError,
    Tagger,
    _chunks,
    _reachable,
    load_tagger,
)
from epikg.read.script import fold

CANGNAN = "苍南县委书记黄荣定率领县防疫领导小组"
LISHU_TRAD = "梨樹縣聯防聯控模式得到吉林省委書記巴音朝魯高度肯定"


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger()


def _texts(sentence: str, entities: list[tuple[str, int, int]]) -> list[tuple[str, str]]:
    return [(t, sentence[b:e]) for t, b, e in entities]


def _well_formed(sentence: str, entities: list[tuple[str, int, int]]) -> None:
    for t, b, e in entities:
        assert t in {"PER", "LOC", "ORG"}
        assert 0 <= b < e <= len(sentence)
    assert entities == sorted(entities, key=lambda x: (x[1], x[2]))


def test_shipped_model_is_there() -> None:
    assert (DEFAULT_MODEL_DIR / "config.json").is_file()
    assert (DEFAULT_MODEL_DIR / "model.pt").is_file()
    assert (DEFAULT_MODEL_DIR / "metrics.json").is_file()


def test_finds_person_in_simplified_text(tagger: Tagger) -> None:
    [entities] = tagger.tag([CANGNAN])
    _well_formed(CANGNAN, entities)
    assert ("PER", "黄荣定") in _texts(CANGNAN, entities)
    assert ("PER", 6, 9) in entities


def test_traditional_input_is_folded_and_offsets_stay_on_the_input(tagger: Tagger) -> None:
    [entities] = tagger.tag([LISHU_TRAD])
    _well_formed(LISHU_TRAD, entities)
    assert entities
    folded = fold(LISHU_TRAD)
    found = {(t, folded[b:e]) for t, b, e in entities}
    assert ("PER", "巴音朝鲁") in found
    assert LISHU_TRAD[17:21] == "巴音朝魯"
    assert ("PER", 17, 21) in entities


def test_full_width_input_keeps_offsets(tagger: Tagger) -> None:
    sentence = "（新华社）" + CANGNAN
    [entities] = tagger.tag([sentence])
    assert ("PER", 11, 14) in entities
    assert sentence[11:14] == "黄荣定"


def test_long_sentence_is_chunked_and_offsets_shift_back(tagger: Tagger) -> None:
    filler = "今天天气很好，大家都在家里休息。" * 130
    sentence = filler + CANGNAN
    assert len(sentence) > MAX_CHUNK
    [entities] = tagger.tag([sentence])
    _well_formed(sentence, entities)
    assert ("PER", len(filler) + 6, len(filler) + 9) in entities


def test_batch_matches_one_by_one(tagger: Tagger) -> None:
    sentences = [CANGNAN, "", LISHU_TRAD, "北京大学的学生在上海参观。", CANGNAN * 3]
    batched = tagger.tag(sentences, batch_size=2)
    assert batched == [tagger.tag([s])[0] for s in sentences]


def test_empty_input(tagger: Tagger) -> None:
    assert tagger.tag([]) == []
    assert tagger.tag(["", "   ", "\n"]) == [[], [], []]


def test_load_is_cached() -> None:
    assert load_tagger() is load_tagger(DEFAULT_MODEL_DIR)
    assert load_tagger() is load_tagger(str(DEFAULT_MODEL_DIR))


def test_unknown_model_name_raises_one_line() -> None:
    with pytest.raises(NerModelError) as info:
        load_tagger("NO_SUCH_NER_MODEL")
    message = str(info.value)
    assert "NO_SUCH_NER_MODEL" in message
    assert "\n" not in message


def test_missing_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(NerModelError) as info:
        load_tagger(tmp_path / "nowhere")
    assert "\n" not in str(info.value)
    with pytest.raises(NerModelError):
        load_tagger(str(tmp_path / "nowhere"))


def test_directory_without_model_raises(tmp_path: Path) -> None:
    with pytest.raises(NerModelError) as info:
        load_tagger(tmp_path)
    assert "no NER model" in str(info.value) or "no config.json" in str(info.value)


def test_pretrained_identifier_offline_fails_fast() -> None:
    if _reachable("file.hankcs.com", 443):
        pytest.skip("HanLP's download host is reachable: the offline failure cannot happen here")
    started = time.monotonic()
    with pytest.raises(NerModelError) as info:
        load_tagger("MSRA_NER_ELECTRA_SMALL_ZH")
    assert time.monotonic() - started < 10
    assert "\n" not in str(info.value)


def test_chunks_cover_text_at_punctuation() -> None:
    text = ("一二三四五六七八九十，" * 40)[:400]
    spans = _chunks(text, limit=150)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(0 < e - b <= 150 for b, e in spans)
    assert all(text[e - 1] == "，" for _, e in spans[:-1])
    assert _chunks("") == []
    assert _chunks("x" * 301, limit=150) == [(0, 150), (150, 300), (300, 301)]
    assert _chunks("x" * MAX_CHUNK) == [(0, MAX_CHUNK)]


def test_bio_spans_and_score() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "B-ORG", "I-ORG"]
    assert bio_spans(tags) == {("PER", 0, 2), ("LOC", 3, 5), ("ORG", 5, 6), ("ORG", 6, 8)}
    gold = [{("PER", 0, 2), ("LOC", 3, 5)}]
    pred = [{("PER", 0, 2), ("LOC", 3, 4), ("ORG", 5, 6)}]
    result = score(gold, pred)
    assert result["PER"]["f1"] == 1.0
    assert result["LOC"]["f1"] == 0.0
    assert result["overall"]["precision"] == round(1 / 3, 4)
    assert result["overall"]["recall"] == 0.5


def _write_bio(path: Path, sentences: list[tuple[str, list[tuple[str, int, int]]]]) -> None:
    lines = []
    for text, entities in sentences:
        tags = ["O"] * len(text)
        for kind, b, e in entities:
            tags[b:e] = [f"B-{kind}"] + [f"I-{kind}"] * (e - b - 1)
        lines += [f"{c}\t{t}" for c, t in zip(text, tags, strict=True)] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


TINY = {
    "epochs": 1,
    "dev_ratio": 0.2,
    "embed": 8,
    "rnn_hidden": 8,
    "batch_size": 8,
    "bigram_dim": 4,
    "bigram_buckets": 64,
    "rnn_layers": 2,
    "char_dropout": 0.1,
}


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sixteen sentences `<person>在<place>工作。`, twice over, and four of them as test."""
    root = tmp_path_factory.mktemp("corpus")
    people, places = ["张明", "李华", "王芳", "陈刚"], ["北京", "南县", "苍南县", "长沙"]
    sentences = [
        (f"{p}在{q}工作。", [("PER", 0, len(p)), ("LOC", len(p) + 1, len(p) + 1 + len(q))])
        for p in people
        for q in places
    ]
    _write_bio(root / "train.txt", sentences * 2)
    _write_bio(root / "test.txt", sentences[:4])
    return root


def test_training_saves_a_model_that_loads_and_tags(tiny_corpus: Path, tmp_path: Path) -> None:
    """A tiny run through the real trainer with the shipped model's options bar the lexicon."""
    import torch

    from epikg.ner.training import train

    out = tmp_path / "model"
    metrics = train(tiny_corpus, out, **TINY)
    assert {"dev", "test", "train_seconds", "hyper"} <= metrics.keys()
    assert metrics["test"]["overall"]["gold"] == 8
    state = torch.load(out / "model.pt", weights_only=True)
    assert {t.dtype for t in state.values() if t.is_floating_point()} == {torch.float16}
    loaded = load_tagger(out)
    assert [loaded._component.model.word_lstm.num_layers] == [2]
    [entities] = loaded.tag(["张明在北京工作。"])
    _well_formed("张明在北京工作。", entities)


def test_extra_sentences_train_but_stay_out_of_dev(tiny_corpus: Path, tmp_path: Path) -> None:
    """`--extra` (the genre's own sentences, say) is added to the training part only, as often as asked: the dev
    split is the corpus's own, so no copy of an extra sentence is scored as held out."""
    from epikg.ner.training import train

    extra = tmp_path / "extra.txt"
    _write_bio(extra, [("赵强在北京工作。", [("PER", 0, 2), ("LOC", 3, 5)])])
    plain = train(tiny_corpus, tmp_path / "plain", **TINY)
    grown = train(tiny_corpus, tmp_path / "grown", **TINY, extra=extra, extra_repeat=3)
    assert grown["train_sentences"] == plain["train_sentences"] + 3
    assert grown["dev_sentences"] == plain["dev_sentences"]
    assert grown["extra"] == {"file": str(extra), "sentences": 1, "repeat": 3}
    assert plain["extra"] is None


def test_warm_start_with_a_lexicon_begins_as_the_old_model(tiny_corpus: Path, tmp_path: Path) -> None:
    """A model given lexicon flags and started from one without them: at learning rate 0 it tags as
    the old one, its new input weights are zero, and it reads the lexicon from its own directory."""
    import gzip
    import shutil

    import torch

    from epikg.ner.training import train

    lexicon = tmp_path / "words.tsv.gz"
    with gzip.open(lexicon, "wt", encoding="utf-8") as f:
        f.write("张明\tPER\n苍南县\tLOC\n工作\tW\n")
    old, new = tmp_path / "old", tmp_path / "new"
    train(tiny_corpus, old, **TINY)
    train(tiny_corpus, new, **TINY, lexicon=lexicon, warm_start=old, lr=0.0)
    lexicon.unlink()
    moved = shutil.move(new, tmp_path / "moved")
    assert (Path(moved) / "lexicon.tsv.gz").is_file()

    before = torch.load(old / "model.pt", weights_only=True)
    after = torch.load(Path(moved) / "model.pt", weights_only=True)
    grown = after["word_lstm.weight_ih_l0"]
    width = before["word_lstm.weight_ih_l0"].shape[1]
    assert grown.shape[1] > width and not grown[:, width:].any()
    assert torch.equal(grown[:, :width], before["word_lstm.weight_ih_l0"])
    text = ["张明在苍南县工作。", "陈刚在长沙工作。"]
    assert load_tagger(Path(moved)).tag(text) == load_tagger(old).tag(text)
