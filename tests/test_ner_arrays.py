"""The array engine (epikg.ner.array_model): the shipped model on numpy, without torch, tagging as HanLP does.

Agreement is checked against HanLP's engine on sentences written here and on the seeds' sentences: the
float model (as HanLP loads it, before quantization) must give the very same entities, and the int8 model
that `--ner-engine hanlp` runs nearly all of them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from epikg.errors import NerModelError
from epikg.ner.array_model import ARRAYS_FILE, load_array_tagger
from epikg.ner.corpus import Entity
from epikg.pipeline import read_article
from helpers import ROOT, write_page

SHIPPED = ROOT / "src" / "epikg" / "ner" / "model"
SENTENCES = [
    "苍南县委书记黄荣定率领县防疫领导小组到金乡镇检查疫情防控工作。",
    "梨樹縣聯防聯控模式得到吉林省委書記巴音朝魯高度肯定",
    "南洲镇人民政府发布通告,即日起暂停一切聚集性活动。",
    "王小明",
    "",
    "   ",
    "湖南省卫生健康委员会、长沙市疾控中心和岳阳市人民医院的专家于3月19日赶到现场。" * 3,
    "县疫情防控指挥部:李建国、张伟同志分别带队,到城关镇、河口乡各村督导。",
]


def seed_sentences() -> list[list[str]]:
    pages = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = read_article(path)
        pages.append([article.body.text[s.start : s.end] for s in article.sentences])
    return pages


@pytest.fixture(scope="module")
def pages() -> list[list[str]]:
    return [SENTENCES, *seed_sentences()]


@pytest.fixture(scope="module")
def arrays_found(pages: list[list[str]]) -> list[list[list[Entity]]]:
    return load_array_tagger().tag_pages(pages)


def _char_tags(sentence: str, entities: list[Entity]) -> list[str]:
    tags = ["O"] * len(sentence)
    for kind, begin, end in entities:
        tags[begin:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - begin - 1)
    return tags


def test_the_array_engine_gives_the_float_models_entities(pages, arrays_found) -> None:  # noqa: ANN001
    from epikg.ner.hanlp_component import _BatchFirstRNNNER
    from epikg.ner.hanlp_model import Tagger

    component = _BatchFirstRNNNER()
    component.load(str(SHIPPED), devices=-1, verbose=False)  # as load_tagger, without the int8 quantization
    expected = Tagger(component, char_level=True, name="float").tag_pages(pages)
    assert arrays_found == expected
    assert sum(len(e) for page in arrays_found for e in page) > 200  # the seeds hold hundreds of names


def test_the_array_engine_nearly_always_agrees_with_the_int8_engine(pages, arrays_found) -> None:  # noqa: ANN001
    from epikg.ner.hanlp_model import load_tagger

    int8 = load_tagger().tag_pages(pages)
    same_chars = total_chars = shared = either = 0
    for sentences, ours, theirs in zip(pages, arrays_found, int8, strict=True):
        for sentence, a, b in zip(sentences, ours, theirs, strict=True):
            tags_a, tags_b = _char_tags(sentence, a), _char_tags(sentence, b)
            same_chars += sum(x == y for x, y in zip(tags_a, tags_b, strict=True))
            total_chars += len(sentence)
            shared += len(set(a) & set(b))
            either += len(set(a) | set(b))
    assert same_chars / total_chars >= 0.995  # measured 0.9986 on the seeds and the development corpus
    assert shared / either >= 0.95  # measured 0.97


def test_offsets_folding_and_empty_sentences() -> None:
    found = load_array_tagger().tag(SENTENCES)
    assert len(found) == len(SENTENCES)
    assert found[4] == [] and found[5] == []
    for sentence, entities in zip(SENTENCES, found, strict=True):
        assert entities == sorted(set(entities), key=lambda x: (x[1], x[2]))
        assert all(kind in {"PER", "LOC", "ORG"} and 0 <= b < e <= len(sentence) for kind, b, e in entities)
    named = [
        {(kind, sentence[b:e]) for kind, b, e in entities}
        for sentence, entities in zip(SENTENCES, found, strict=True)
    ]
    assert ("PER", "黄荣定") in named[0]
    assert ("PER", "巴音朝魯") in named[1]  # read folded to simplified, offsets on the input


def test_importing_and_running_it_imports_neither_torch_nor_hanlp() -> None:
    code = (
        "import sys, json\n"
        "from epikg.ner.array_model import load_array_tagger\n"
        "found = load_array_tagger().tag(['苍南县委书记黄荣定率领县防疫领导小组'])\n"
        "print(json.dumps([found, sorted(m for m in ('torch', 'hanlp') if m in sys.modules)]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    found, heavy = json.loads(done.stdout.splitlines()[-1])
    assert ["PER", 6, 9] in found[0]
    assert heavy == []


def test_the_shipped_arrays_are_the_shipped_model_s(tmp_path: Path) -> None:
    """tools/export_ner_arrays.py, run again on a copy of the shipped folder, writes the same arrays."""
    import numpy as np

    folder = tmp_path / "model"
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns(ARRAYS_FILE))
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "export_ner_arrays.py"), str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    with np.load(SHIPPED / ARRAYS_FILE) as shipped, np.load(folder / ARRAYS_FILE) as made:
        assert sorted(shipped.files) == sorted(made.files)
        for name in shipped.files:
            assert shipped[name].dtype == made[name].dtype and np.array_equal(shipped[name], made[name]), name


def _copy_of_shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(SHIPPED, folder)
    return folder


def test_arrays_from_another_model_pt_are_refused(tmp_path: Path) -> None:
    folder = _copy_of_shipped(tmp_path)
    with open(folder / "model.pt", "ab") as weights:
        weights.write(b"\0")
    with pytest.raises(NerModelError, match="not exported from .*model.pt") as caught:
        load_array_tagger(folder)
    assert "\n" not in str(caught.value)


def test_a_folder_without_arrays_or_no_folder_is_refused(tmp_path: Path) -> None:
    folder = _copy_of_shipped(tmp_path)
    (folder / ARRAYS_FILE).unlink()
    with pytest.raises(NerModelError, match="has no arrays.npz .*export_ner_arrays"):
        load_array_tagger(folder)
    with pytest.raises(NerModelError, match="reads a model folder"):
        load_array_tagger("MSRA_NER_ELECTRA_SMALL_ZH")


def test_the_fingerprint_holds_the_engine_and_the_arrays(tmp_path: Path) -> None:
    from epikg.build.cache import fingerprint
    from epikg.document import BuildOptions

    folder = _copy_of_shipped(tmp_path)
    arrays = BuildOptions(ner_model=str(folder), ner_engine="arrays")
    before = fingerprint(arrays)
    assert before != fingerprint(BuildOptions(ner_model=str(folder), ner_engine="hanlp"))
    with open(folder / ARRAYS_FILE, "ab") as stored:
        stored.write(b"\0")
    assert fingerprint(arrays) != before


def _fake_torch(tmp_path: Path) -> dict[str, str]:
    """An environment in which importing torch or HanLP fails, in this process's children and theirs."""
    fake = tmp_path / "no-torch"
    for name in ("torch", "hanlp"):
        write_page(fake / name, "__init__.py", f"raise ImportError('{name} was imported')\n")
    paths = [str(fake), *(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_build_with_the_array_engine_never_imports_torch(tmp_path: Path, workers: str) -> None:
    """Neither the command nor its workers (watched or pooled) import torch or HanLP: where they cannot be
    imported at all, the build still finds the names."""
    pages = tmp_path / "pages"
    write_page(pages, "a.txt", SENTENCES[0] + "\n")
    write_page(pages, "b.txt", SENTENCES[2] + "\n" + SENTENCES[7] + "\n")
    out = tmp_path / "kg.nt"
    command = [
        sys.executable,
        "-c",
        "from epikg.cli import main; main()",
        "build",
        str(pages),
        "-o",
        str(out),
    ]
    options = ["--no-cache", "--workers", workers, "--ner-engine", "arrays"]
    done = subprocess.run(
        [*command, *options], capture_output=True, text=True, timeout=600, env=_fake_torch(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert "skipped 0" in done.stderr and "persons" in done.stderr
    text = out.read_text(encoding="utf-8")
    assert "黄荣定" in text and "李建国" in text
    hanlp = subprocess.run(
        [*command, "--no-cache", "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=600,
        env=_fake_torch(tmp_path),
    )
    assert (
        hanlp.returncode != 0 or "skipped 0" not in hanlp.stderr
    )  # the check can fail: HanLP's engine needs torch


def test_a_batch_holds_at_most_its_sentences_and_characters() -> None:
    from epikg.ner.array_model import MAX_BATCH_CHARS, _batches

    lengths = [MAX_BATCH_CHARS + 5, MAX_BATCH_CHARS // 2, MAX_BATCH_CHARS // 2, 1, 1, 1]
    batches = _batches(list(range(6)), lengths, batch_size=2)
    assert batches == [[0], [1, 2], [3, 4], [5]]
    assert _batches(list(range(6)), lengths, batch_size=64) == [[0], [1, 2], [3, 4, 5]]


def test_pages_tagged_together_share_batches_and_each_gets_what_it_gets_alone(pages) -> None:  # noqa: ANN001
    # Unlike the int8 engine's, a sentence's tags here do not hang on its batch mates: the sentences of a
    # chunk of pages are batched together, by length, in fewer calls to the network than page by page.
    tagger = load_array_tagger()
    network = tagger.model
    calls = []

    class Counting:
        def tags(self, *arrays):  # noqa: ANN002, ANN202
            calls.append(len(arrays[-1]))
            return network.tags(*arrays)

    tagger.model = Counting()
    try:
        alone = [tagger.tag(sentences) for sentences in pages]
        calls_alone = len(calls)
        calls.clear()
        together = tagger.tag_pages(pages)
    finally:
        tagger.model = network
    assert together == alone
    assert len(calls) < calls_alone


def test_the_command_says_in_one_line_why_the_arrays_cannot_run(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from epikg.cli import cli

    folder = _copy_of_shipped(tmp_path)
    (folder / ARRAYS_FILE).unlink()
    page = write_page(tmp_path / "pages", "a.txt", SENTENCES[0] + "\n")
    args = ["build", str(page), "-o", str(tmp_path / "kg.nt"), "--no-cache", "--ner-engine", "arrays"]
    result = CliRunner().invoke(cli, [*args, "--ner-model", str(folder)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line or "Traceback" in line]
    assert errors == [
        f"epikg: error: {folder} has no arrays.npz for --ner-engine arrays"
        " (write it with tools/export_ner_arrays.py, or use --ner-engine hanlp)"
    ]
    assert not (tmp_path / "kg.nt").exists()
