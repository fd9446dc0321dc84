"""A chunk of pages tagged in one model call gives each page what it gets built alone, in any order."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from epikg.build.chunk import build_chunk
from epikg.document import BuildOptions, DocumentResult, Resources, build_document, load_tagger, read_article
from epikg.pipeline import plan_jobs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def resources() -> Resources:
    options = BuildOptions()
    return Resources(options, load_tagger(options))


def _sentences(path: Path) -> list[str]:
    article = read_article(path)
    return [article.body.text[s.start : s.end] for s in article.sentences]


def test_pages_tagged_in_one_call_are_tagged_as_alone(resources: Resources) -> None:
    pages = [_sentences(path) for path in sorted(SEEDS.glob("*.txt"))]
    alone = [resources.tagger.tag(sentences) for sentences in pages]
    assert resources.tagger.tag_pages(pages) == alone
    assert resources.tagger.tag_pages(pages[::-1]) == alone[::-1]
    assert resources.tagger.tag_pages([[], *pages[:2], []]) == [[], *alone[:2], []]


def test_a_chunk_builds_each_page_as_alone(resources: Resources, tmp_path: Path) -> None:
    unreadable = tmp_path / "empty.txt"
    unreadable.write_bytes(b"")
    jobs = plan_jobs([*sorted(SEEDS.glob("*.txt"))[:3], unreadable])
    alone = [_untimed(build_document(job, resources)) for job in jobs]
    assert alone[-1].skipped and not any(d.skipped for d in alone[:-1])
    assert [_untimed(d) for d in build_chunk(jobs, resources)] == alone
    assert [_untimed(d) for d in build_chunk(jobs[::-1], resources)] == alone[::-1]


def _untimed(document: DocumentResult) -> DocumentResult:
    return replace(document, timings={})


def test_tagging_computes_each_sentences_features_once(
    resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HanLP's loader ran every sample's transforms once more just to measure it, and a loader made per page
    group from it once again: three times the features for one tagging."""
    from epikg.ner.char_features import Features

    calls = []
    counted = Features.__call__
    monkeypatch.setattr(Features, "__call__", lambda self, sample: calls.append(1) or counted(self, sample))
    resources.tagger.tag_pages([["县委书记王明到城关镇检查。", "全县设立卡点。"], ["李强说。"]])
    assert len(calls) == 3
