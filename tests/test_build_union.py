"""The union of pages valid alone, checked where pages meet (epikg.build.union), agrees with validating it all."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from epikg.build.union import check_union, pages_naming, shared_nodes
from epikg.cli import cli
from epikg.document import scheme_lines
from epikg.pipeline import BuildOptions, build, union_graph
from epikg.rdf.namespaces import EK, NIF
from epikg.validate import validate

RULES_ONLY = BuildOptions(use_model=False)
ADMIN_LEVEL = f"<{EK.adminLevel}>"


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_pages() -> list[list[str]]:
    """Each seed page's own lines, as the build gives them (each page validated alone)."""
    result = build([SEEDS], RULES_ONLY, validate_documents=True)
    assert not result.skipped
    return [document.lines() for document in result.documents]


def _a_place(lines: list[str]) -> str:
    return next(line.split(" ")[0] for line in lines if f" {ADMIN_LEVEL} " in line)


def _validated_whole(pages: list[list[str]]) -> bool:
    from epikg.document import DocumentResult

    documents = [DocumentResult(str(n), str(n), ntriples="\n".join(lines)) for n, lines in enumerate(pages)]
    return validate(union_graph(documents)).conforms


def test_the_seeds_conform_as_a_union_as_they_do_validated_whole(seed_pages: list[list[str]]) -> None:
    check = check_union(seed_pages, scheme_lines())
    assert check.report.conforms and _validated_whole(seed_pages)
    assert (
        check.triples < sum(map(len, seed_pages)) / 2
    )  # the shared nodes' neighbourhood, not the whole union


def test_two_pages_giving_a_place_two_levels_break_the_union(seed_pages: list[list[str]]) -> None:
    first, second, *rest = seed_pages
    place = _a_place(first)
    level = next(line for line in first if line.startswith(f"{place} {ADMIN_LEVEL} "))
    other = f"{place} {ADMIN_LEVEL} <{EK.village if 'village' not in level else EK.county}> ."
    pages = [first, sorted([*second, other]), *rest]
    check = check_union(pages, scheme_lines())
    assert place in check.focus
    assert not check.report.conforms and not _validated_whole(pages)
    assert place.strip("<>") in check.report.text


def test_a_reading_of_one_page_past_the_end_of_another_pages_article_breaks_the_union(
    seed_pages: list[list[str]],
) -> None:
    first, second, *rest = seed_pages
    article = next(line.split(" ")[0] for line in first if f" <{EK.rawLength}> " in line)
    reading = "<https://w3id.org/epikg/id/stray-reading>"
    stray = [
        f"{reading} <{EK.inArticle}> {article} .",
        f'{reading} <{NIF.endIndex}> "999999"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .',
    ]
    pages = [first, sorted([*second, *stray]), *rest]
    assert article in shared_nodes(pages)
    check = check_union(pages, scheme_lines())
    assert not check.report.conforms and not _validated_whole(pages)
    assert "span ends past the end of its article's raw page" in check.report.text


def test_a_typed_literal_is_no_node() -> None:
    from epikg.build.union import _object

    assert _object('<a> <p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .') is None
    assert _object('<a> <p> "x <y>" .') is None
    assert _object("<a> <p> <b> .") == "<b>"


def test_pages_describing_a_node_alike_share_it_without_a_check() -> None:
    node = "<https://w3id.org/epikg/id/place/330327>"
    page = [f'{node} <https://schema.org/name> "苍南县" .']
    assert shared_nodes([page, list(page)]) == frozenset()
    assert shared_nodes([page, [f'{node} <https://schema.org/name> "苍南" .']]) == {node}


def _tamper(entry: Path, extra: str) -> None:
    """Add a line to a cached page's triples, with a checksum that still matches (a cache written by a bug)."""
    payload = json.loads(entry.read_bytes().partition(b"\n")[2])
    payload["result"]["ntriples"] += "\n" + extra
    data = json.dumps(payload, ensure_ascii=False).encode()
    entry.write_bytes(hashlib.sha256(data).hexdigest().encode() + b"\n" + data)


def _cached_page_id(entry: Path) -> str:
    return json.loads(entry.read_bytes().partition(b"\n")[2])["result"]["doc_id"]


def test_pages_that_disagree_where_they_meet_cost_only_the_later_page(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """Two pages valid alone give one place two levels: the union would not conform. The build keeps the first
    page (by id), sets the other aside as skipped, says at which node and beside which page, and writes the
    rest, as a bad page never costs the run; built again, from the cache, it does the same."""
    pages = tmp_path / "in"
    pages.mkdir()
    for path in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(path, pages / path.name)
    out, cache = tmp_path / "kg.nt", tmp_path / "cache"
    args = ["build", str(pages), "-o", str(out), "--no-model", "-q", "--workers", "1", "--cache", str(cache)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    place = _a_place(out.read_text(encoding="utf-8").splitlines())
    # the entries in the order of their pages' ids (their file names are hashes): the first page's says village
    entries = sorted((e for e in cache.rglob("*.json") if e.parent.name != "union"), key=_cached_page_id)
    assert len(entries) == 2
    for level, entry in zip((EK.village, EK.county), entries, strict=True):
        _tamper(entry, f"{place} {ADMIN_LEVEL} <{level}> .")
    out.unlink()
    for _ in range(2):
        again = CliRunner().invoke(cli, args)
        assert again.exit_code == 0, again.output
        assert "setting aside 1 page(s)" in again.stderr and "built 1 document(s), skipped 1" in again.stderr
        # the page set aside is named with the node and the page whose reading was kept
        assert (
            f"skipped {pages / '001_1efacd0a620ea7ed.txt'}: set aside: it reads {place.strip('<>')} differently "
            "from page 000_95be355ce4350ee7" in again.stderr
        )
        written = out.read_text(encoding="utf-8")
        assert (
            f"{place} {ADMIN_LEVEL} <{EK.village}> ." in written
            and str(EK.county) + "> ." not in written.split(place)[1].split("\n")[0]
        )
        assert "/article/000_95be355ce4350ee7>" in written and "/article/001_1efacd0a620ea7ed>" not in written


def test_a_build_that_keeps_its_pages_sets_the_later_page_aside_without_building_again(
    seed_pages: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a build whose documents keep their lines, the union is gathered again from the documents left."""
    import epikg.pipeline as pipeline
    from epikg.document import DocumentResult

    place = _a_place(seed_pages[0])
    level = next(line for line in seed_pages[0] if line.startswith(f"{place} {ADMIN_LEVEL} "))
    other = EK.county if str(EK.county) not in level else EK.village
    pages = [seed_pages[0], [*seed_pages[1], f"{place} {ADMIN_LEVEL} <{other}> ."]]  # each valid alone
    built = pipeline.BuildResult(
        documents=[
            DocumentResult(f"p{n}.txt", f"p{n}", ntriples="\n".join(sorted(set(lines))))
            for n, lines in enumerate(pages)
        ]
    )
    calls: list[object] = []
    monkeypatch.setattr(pipeline, "build", lambda *args, **kwargs: calls.append(args) or built)
    told: list[dict[str, str]] = []
    result, report = pipeline.build_validated(["unused"], RULES_ONLY, setting_aside=told.append)
    assert report.conforms and len(calls) == 1
    assert [d.doc_id for d in result.documents] == ["p0"] and [s.path for s in result.skipped] == ["p1.txt"]
    assert list(told[0]) == ["p1"] and "differently from page p0" in told[0]["p1"]


def test_an_unchanged_rebuild_reads_the_union_check_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import epikg.pipeline as pipeline
    from epikg.build.cache import Cache, fingerprint
    from epikg.build.union import PageUnion

    pages = sorted(SEEDS.glob("*.txt"))[:2]
    cache = Cache(tmp_path / "cache", fingerprint(RULES_ONLY))
    first, report = pipeline.build_validated(pages, RULES_ONLY, cache=cache)
    assert report.conforms and len(list((tmp_path / "cache" / "union").glob("*.json"))) == 1

    def no_check(*args: object, **kwargs: object) -> None:
        raise AssertionError("the union was checked again")

    monkeypatch.setattr(PageUnion, "check", no_check)
    again, report = pipeline.build_validated(pages, RULES_ONLY, cache=Cache(cache.folder, cache.fingerprint))
    assert report.conforms and again.lines() == first.lines()
    entry = next((tmp_path / "cache" / "union").glob("*.json"))
    entry.write_bytes(entry.read_bytes()[:-5])  # damaged: checked again, not trusted
    with pytest.raises(AssertionError, match="checked again"):
        pipeline.build_validated(pages, RULES_ONLY, cache=Cache(cache.folder, cache.fingerprint))


def test_the_pages_naming_a_node_are_found_through_the_places_above_theirs() -> None:
    """A page names a place by a mention (`refersTo`); a division the gazetteer adds above it is named through
    that place; a node nothing points at is named by no page."""
    refers, derived = f"<{EK.refersTo}>", f"<{EK.derivedContainedInPlace}>"
    county, province, lone = "<http://x/place/1>", "<http://x/place/2>", "<http://x/place/3>"
    lines = [
        f"<http://x/article/b/mention/0-2/c> {refers} {county} .",
        f"<http://x/article/a/mention/5-7/c> {refers} {county} .",
        f"{county} {derived} {province} .",
        f"<http://x/article/c/mention/0-2/p> {refers} {province} .",
    ]
    assert pages_naming(lines, [county, province, lone]) == {
        county: ["a", "b"],
        province: ["a", "b", "c"],
        lone: [],
    }
