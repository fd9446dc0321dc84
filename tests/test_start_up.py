"""What a process loads before its first page, made cheaper: the SHACL-SPARQL analysis compiled once (epikg.compiled),
so that a worker compiling the shapes needs neither rdflib's SPARQL parser nor its run."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from epikg import compiled
from epikg.shacl import Engine, UnsupportedShape, sparql
from epikg.validate import ontology_graph

PREFIXES = "PREFIX ex: <http://example.org/>\n"
READS_P = PREFIXES + "SELECT $this WHERE { $this ex:p ?v . FILTER (?v > 3) }"
READS_Q = PREFIXES + "SELECT $this WHERE { $this ex:q ?v . FILTER (?v > 3) }"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A compiled folder of the test's own, and a count of the queries analysed afresh."""
    monkeypatch.setenv("EPIKG_COMPILED_DIR", str(tmp_path / "compiled"))
    return tmp_path / "compiled"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    analysed: list[str] = []
    real = sparql.analyse

    def analyse(text: str) -> sparql.Analysis:
        analysed.append(text)
        return real(text)

    monkeypatch.setattr(sparql, "analyse", analyse)
    return analysed


def test_a_query_is_analysed_once_then_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analysed = _counting(monkeypatch)
    first = sparql.analysis(READS_P)
    second = sparql.analysis(READS_P)
    assert first == second == (None, frozenset({"http://example.org/p"}), True)
    assert analysed == [READS_P]
    assert len(list(folder.glob("sparql-*.marshal"))) == 1


def test_a_changed_query_is_analysed_afresh(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analysed = _counting(monkeypatch)
    assert sparql.analysis(READS_P)[1] == frozenset({"http://example.org/p"})
    assert sparql.analysis(READS_Q)[1] == frozenset({"http://example.org/q"})
    assert analysed == [READS_P, READS_Q]


def test_a_corrupt_or_truncated_analysis_is_analysed_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed = _counting(monkeypatch)
    expected = sparql.analysis(READS_P)
    (path,) = folder.glob("sparql-*.marshal")
    whole = path.read_bytes()
    for damaged in (whole[:-3], whole[:-3] + b"xyz", b""):
        path.write_bytes(damaged)
        assert sparql.analysis(READS_P) == expected  # analysed again, and the file replaced
        assert sparql.analysis(READS_P) == expected  # read back from the sound file: no analysis
    # (marshal's bytes for one value may differ between two dumps, so the file is checked by reading it)
    assert len(analysed) == 4


def test_a_refused_query_is_refused_from_the_compiled_file_too(folder: Path) -> None:
    shapes = Graph().parse(
        data="@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
        'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { $this '
        '<http://example.org/p> ?x OPTIONAL { ?x <http://example.org/q> ?y } }" ] .',
        format="turtle",
    )
    for _ in range(2):  # analysed, then read back
        with pytest.raises(UnsupportedShape, match="LeftJoin"):
            Engine(shapes, ontology_graph())
    assert len(list(folder.glob("sparql-*.marshal"))) == 1


def test_changed_shapes_give_their_own_analysis(folder: Path) -> None:
    def shapes(query: str) -> Graph:
        return Graph().parse(
            data="@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
            f'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select """{query}""" ] .',
            format="turtle",
        )

    reads_p = Engine(shapes(READS_P), Graph()).wanted
    reads_q = Engine(shapes(READS_Q), Graph()).wanted
    assert reads_p == frozenset({"http://example.org/p"}) and reads_q == frozenset({"http://example.org/q"})


def test_the_analysis_is_keyed_on_the_query_and_rdflibs_version(tmp_path: Path) -> None:
    assert any(p.name == "METADATA" for p in compiled.distribution_files("rdflib"))
    metadata = tmp_path / "METADATA"
    keys = set()
    for version, query in (("7.6.0", READS_P), ("7.6.0", READS_Q), ("7.7.0", READS_P)):
        metadata.write_text(f"Name: rdflib\nVersion: {version}\n", encoding="utf-8")
        keys.add(compiled.source_key("sparql", [metadata], sparql.analyse, query.encode()))
    assert len(keys) == 3


def test_a_key_without_extra_data_is_as_before(tmp_path: Path) -> None:
    """Values compiled from files alone (the gazetteer, the lexicon) keep their keys: no recompiling them."""
    source = tmp_path / "words.txt"
    source.write_text("a\n", encoding="utf-8")
    assert compiled.source_key("w", [source], sparql.analyse) == compiled.source_key(
        "w", [source], sparql.analyse, b""
    )
    assert compiled.source_key("w", [source], sparql.analyse) != compiled.source_key(
        "w", [source], sparql.analyse, b"x"
    )


def test_a_process_with_the_shapes_compiled_before_loads_no_sparql_parser(tmp_path: Path) -> None:
    script = (
        "import sys; from epikg.validate import fast_engine; fast_engine(); "
        "print('rdflib.plugins.sparql.parser' in sys.modules)"
    )
    env = dict(os.environ, EPIKG_COMPILED_DIR=str(tmp_path / "compiled"))
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert runs == ["True\n", "False\n"]


def test_a_worker_starts_with_the_collector_on_and_the_model_code_frozen() -> None:
    """In a process of its own, as a worker: torch's and HanLP's objects frozen out of the collector's sight, the
    collector running again for what pages make, the model loaded; the process's free heap given back."""
    script = (
        "import gc\n"
        "from epikg.build.local import return_free_memory, start_worker\n"
        "from epikg.document import BuildOptions\n"
        "resources = start_worker(BuildOptions())\n"
        "return_free_memory()\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 100_000, resources.tagger is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout == "True True True\n"


def test_the_collector_is_restored_as_it_was_whatever_happens() -> None:
    from epikg.build.local import collector_paused

    assert gc.get_freeze_count() == 0
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            with pytest.raises(KeyError), collector_paused():
                assert not gc.isenabled()
                raise KeyError("a failed load")
            assert gc.isenabled() is enabled
            assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()  # this test's process is pytest's: nothing of it stays frozen


def test_the_model_quantized_in_place_tags_as_a_quantized_copy() -> None:
    """Quantizing the loaded float model in place (no float copy kept meanwhile) gives the int8 model a copy gave."""
    import warnings

    import torch
    from torch import nn

    from epikg.ner.hanlp_component import _BatchFirstRNNNER
    from epikg.ner.hanlp_model import DEFAULT_MODEL_DIR, Tagger, load_model_dir

    in_place = load_model_dir(DEFAULT_MODEL_DIR)
    component = _BatchFirstRNNNER()
    component.load(str(DEFAULT_MODEL_DIR), devices=-1, verbose=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        copied = torch.ao.quantization.quantize_dynamic(
            component.model, {nn.LSTM, nn.Linear}, dtype=torch.qint8
        )
    assert copied is not component.model
    component.model = copied
    from_copy = Tagger(component, char_level=True, name="copy")
    sentences = ["县委书记张明到城关镇检查卡点。", "市疫情防控指挥部发布通告,李华任指挥长。"]
    assert in_place.tag(sentences) == from_copy.tag(sentences)
    assert any(in_place.tag(sentences))
