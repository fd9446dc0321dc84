"""The scorer: gold-format.md's matching rules on small hand-made cases, and eval read from the graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from epikg.evaluation.documents import DocumentFacts, GoldError, read_gold, read_predicted
from epikg.evaluation.report import evaluate, format_errors, score_document
from epikg.evaluation.scoring import align, name_containment, title_containment, value_tolerance
from epikg.pipeline import BuildOptions, build
from epikg.rdf.namespaces import SCHEMA


def facts(**fields) -> DocumentFacts:  # noqa: ANN003
    return DocumentFacts(doc_id="d", **fields)


def test_exact_matches_are_taken_before_containment() -> None:
    alignment = align(["苍南县", "苍南县委"], ["苍南县委", "苍南县"], near=name_containment)
    assert sorted(alignment.pairs) == [("苍南县", "苍南县"), ("苍南县委", "苍南县委")]


def test_containment_needs_two_characters_in_the_shorter_name() -> None:
    assert name_containment("南洲镇", "南洲") == 1
    assert name_containment("南洲镇", "镇") is None
    assert name_containment("南洲镇", "北洲镇") is None


def test_each_gold_item_is_matched_at_most_once_smallest_difference_first() -> None:
    alignment = align(["县防指"], ["南县防指", "县防指挥部门"], near=name_containment)
    assert alignment.pairs == [("县防指", "南县防指")]
    assert alignment.spurious == ["县防指挥部门"]
    counts = alignment.counts
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_titles_match_on_the_same_name_by_containment() -> None:
    assert title_containment(("纪海", "疾控中心主任助理"), ("纪海", "主任助理")) is not None
    assert title_containment(("纪海", "主任助理"), ("周青", "主任助理")) is None


def test_quantities_match_within_half_a_percent_on_the_same_unit() -> None:
    assert value_tolerance((550000.0, "人次"), (552000.0, "人次")) is not None
    assert value_tolerance((550000.0, "人次"), (560000.0, "人次")) is None
    assert value_tolerance((55.0, "个"), (55.0, "人")) is None


def test_quantities_are_a_multiset() -> None:
    gold = facts(quantities=[(3.0, "个"), (3.0, "个")])
    predicted = facts(quantities=[(3.0, "个")])
    counts = score_document(gold, predicted)["quantities"].counts
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_empty_prediction_has_zero_precision_and_counts_every_gold_item_missed() -> None:
    gold = {"d": facts(persons={"黄荣定"}, places={"苍南县": "county"}, published="2020-02-03")}
    result = evaluate(gold, {})
    assert result.fields["persons"].p == 0.0 and result.fields["persons"].fn == 1
    assert result.published_accuracy == 0.0
    assert "persons FN 黄荣定" in format_errors(result)


def test_empty_gold_and_empty_prediction_score_zero_without_dividing_by_zero() -> None:
    result = evaluate({"d": facts()}, {"d": facts()})
    assert result.as_dict()["persons"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert result.published_accuracy == 0.0


def test_place_level_accuracy_is_over_matched_places() -> None:
    gold = {"d": facts(places={"南洲镇": "township", "南县": "county"})}
    predicted = {"d": facts(places={"南洲镇": "village", "南县": "county", "长沙": "prefecture"})}
    result = evaluate(gold, predicted)
    assert result.place_level_accuracy == 0.5
    assert result.fields["places"].fp == 1


def test_stated_parents_are_scored_against_the_gold_chain_and_derived_ones_apart() -> None:
    gold = {
        "d": facts(
            places={"南洲镇": "township", "南县": "county", "湖南省": "province", "东红社区": "village"},
            parents={"南洲镇": "南县", "南县": "湖南省"},
        )
    }
    predicted = {
        "d": facts(
            places={"南洲镇": "township", "南县": "county", "湖南省": "province", "东红社区": "village"},
            # 南洲镇 in 湖南省 skips a level the gold states: still right; 东红社区's parent is one the gold lacks.
            parents={"南洲镇": "湖南省", "东红社区": "南洲镇"},
            derived_parents={"南县": "益阳市", "南洲镇": "南县"},
        )
    }
    result = evaluate(gold, predicted)
    assert (result.parent_correct, result.parent_scored, result.parents_invented) == (1, 2, 1)
    # 南县's derived 益阳市 is not the gold's 湖南省, nor does the chain above reach it; 南洲镇's reaches 南县.
    assert (result.derived_correct, result.derived_scored) == (1, 2)
    assert "parent FP 东红社区 in 南洲镇 (gold: none stated)" in format_errors(result)
    assert "derived parent FP 南县 in 益阳市 (gold: 湖南省)" in format_errors(result)
    assert "derived parent FP 南洲镇" not in format_errors(result)


def test_a_derived_parent_is_right_where_the_gold_parent_is_above_it_by_either_link() -> None:
    gold = {"d": facts(places={"新县": "county", "河南省": "province"}, parents={"新县": "河南省"})}
    predicted = {
        "d": facts(
            places={"新县": "county", "河南省": "province"},
            # the derived prefecture lies between: the article states the province, the gazetteer adds 信阳市
            parents={"新县": "河南省"},
            derived_parents={"新县": "信阳市"},
        )
    }
    result = evaluate(gold, predicted)
    assert (result.derived_correct, result.derived_scored) == (1, 1)


def test_one_post_read_in_full_and_short_is_one_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "南洲镇镇长、防指指挥长陈楚介绍情况。指挥长陈楚说，卡点运行良好。", encoding="utf-8"
    )
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    titles = {t for name, t in read_predicted(graph)["a"].titles if name == "陈楚"}
    assert "防指指挥长" in titles and "指挥长" not in titles


def test_person_org_joins_the_organization_set(tmp_path: Path) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text(
        json.dumps(
            {
                "doc_id": "x",
                "published": None,
                "persons": [{"name": "黄荣定", "titles": ["县委书记"], "org": "苍南县委"}],
                "places": [],
                "organizations": [{"name": "苍南县疫情防控领导小组"}],
                "measures": [],
                "quantities": [],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    gold = read_gold(path)
    assert gold.organizations == {"苍南县委", "苍南县疫情防控领导小组"}
    assert gold.titles == {("黄荣定", "县委书记")}


def test_predicted_person_org_is_the_body_of_the_last_listed_post(tmp_path: Path) -> None:
    # As the gold's `org`: 县人大常委会 is only inside the first of two titles, so it is not an organization.
    (tmp_path / "a.txt").write_text(
        "沈丘县县人大常委会副主任、县卫健委党组书记张治君到卡点检查。", encoding="utf-8"
    )
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    predicted = read_predicted(graph)["a"]
    assert {("张治君", "县人大常委会副主任"), ("张治君", "县卫健委党组书记")} <= predicted.titles
    assert "沈丘县卫健委党组" in predicted.organizations
    assert "沈丘县人大常委会" not in predicted.organizations


def test_predicted_person_org_after_the_name_is_the_body_of_the_post_that_ends_last() -> None:
    # Posts written after the name all begin at it (`覃福生(县卫健局副局长,县人民医院院长)`): the last-listed one is
    # the one that ends last, whatever its body's name.
    graph = Graph().parse(
        data="""
        @prefix ek: <https://w3id.org/epikg/ontology#> . @prefix schema: <https://schema.org/> .
        @prefix org: <http://www.w3.org/ns/org#> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        <a> a ek:Article ; schema:identifier "a" .
        <p> a ek:Person ; schema:name "覃福生" .
        <first> a ek:Post ; ek:inArticle <a> ; org:member <p> ; ek:title "县卫健局副局长" ;
            nif:beginIndex 0 ; nif:endIndex 14 ; org:organization [ schema:name "忻城县卫健局" ] .
        <second> a ek:Post ; ek:inArticle <a> ; org:member <p> ; ek:title "县人民医院院长" ;
            nif:beginIndex 0 ; nif:endIndex 22 ; org:organization [ schema:name "忻城县人民医院" ] .
        """,
        format="turtle",
        publicID="https://example.org/",
    )
    assert read_predicted(graph)["a"].organizations == {"忻城县人民医院"}


def test_malformed_gold_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text('{"persons": [{"titles": []}]}', encoding="utf-8")
    with pytest.raises(GoldError, match="x.gold.json"):
        read_gold(path)


def test_predicted_facts_are_read_from_the_graph(data_dir: Path) -> None:
    graph = build([data_dir / "articles" / "cangnan_checkpoints.txt"], BuildOptions(use_model=False)).graph
    predicted = read_predicted(graph)["cangnan_checkpoints"]
    assert {"黄荣定", "邓坚", "王小明"} <= predicted.persons
    assert predicted.places["金乡镇"] == "township"
    assert "苍南县委" in predicted.organizations
    assert ("邓坚", "记者") in predicted.titles
    assert predicted.published == "2020-02-03"


def test_a_value_repeated_in_one_article_is_predicted_once(tmp_path: Path) -> None:
    # gold-format: "A value repeated in one article is listed once"; the graph keeps both readings.
    (tmp_path / "a.txt").write_text(
        "全县设立卡点12个。目前,12个卡点运行良好,另有志愿者30人。", encoding="utf-8"
    )
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    assert sorted(read_predicted(graph)["a"].quantities) == [(12.0, "个"), (30.0, "人")]


def _eval(*args: str):  # noqa: ANN202
    from click.testing import CliRunner

    from epikg.cli import cli

    return CliRunner().invoke(cli, ["eval", *args])


def test_eval_json_has_every_key_on_the_seeds(seeds_dir: Path) -> None:
    result = _eval("--gold", str(seeds_dir), str(seeds_dir), "--no-model", "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    for field in ("persons", "titles", "places", "organizations", "measures", "quantities"):
        assert set(scores[field]) == {"p", "r", "f1", "tp", "fp", "fn"}
    assert {
        "place_level_accuracy",
        "place_parent_accuracy",
        "parents_invented",
        "derived_parent_accuracy",
        "published_accuracy",
        "documents",
    } <= set(scores)
    assert scores["documents"] == 5


def test_eval_fails_below_a_floor_and_lists_errors(seeds_dir: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text('{"persons": 1.01}', encoding="utf-8")
    result = _eval(
        "--gold",
        str(seeds_dir),
        str(seeds_dir / "000_95be355ce4350ee7.txt"),
        "--no-model",
        "--errors",
        "--floors",
        str(floors),
    )
    assert result.exit_code == 1
    assert "below floor: persons" in result.stderr
    assert "== 000_95be355ce4350ee7" in result.stdout


def test_eval_without_inputs_or_graph_is_a_usage_error(seeds_dir: Path) -> None:
    result = _eval("--gold", str(seeds_dir))
    assert result.exit_code == 2 and "give pages to build" in result.output


def test_a_place_is_scored_under_the_name_its_article_writes(tmp_path: Path) -> None:
    """The graph names 恩施州 by its full name (恩施土家族苗族自治州); the gold, as the article writes it: so does
    the predicted side, article by article, for the place and for its parent."""
    (tmp_path / "a.txt").write_text("恩施州宣恩县椒园镇设立卡点。", encoding="utf-8")
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    names = {str(o) for o in graph.objects(None, SCHEMA.name)}
    assert "恩施土家族苗族自治州" in names and "恩施州" not in names
    predicted = read_predicted(graph)["a"]
    assert {"恩施州", "宣恩县", "椒园镇"} <= set(predicted.places)
    assert predicted.parents["宣恩县"] == "恩施州"


def test_predicted_person_org_is_the_last_post_that_names_a_body(tmp_path: Path) -> None:
    # gold-format: `org` is `null` only when no body is named; a last post without one (总指挥) leaves the body
    # of the post before it.
    (tmp_path / "a.txt").write_text(
        "金乡镇召开会议。由镇人大主席仲华担任总指挥,全镇划分6个网格。", encoding="utf-8"
    )
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    predicted = read_predicted(graph)["a"]
    assert ("仲华", "镇人大主席") in predicted.titles
    assert "金乡镇人大" in predicted.organizations


@pytest.mark.parametrize(
    "news",
    [
        "与我县接壤的泗县发生疫情。泗县已实行全域静默管理。",
        "与我县接壤的泗县已实行全域静默管理。",  # the neighbour named as itself is the one that acts
    ],
)
def test_a_measure_outside_the_articles_area_is_none_of_its_measures(tmp_path: Path, news: str) -> None:
    """On 灵璧县融媒体中心's page, the neighbour 泗县's lockdown is read where it was taken (ek:appliesTo 泗县), marked
    outside the area the page covers, and scored as none of the page's measures; its own checkpoints are."""
    (tmp_path / "a.txt").write_text(
        f"2022年3月14日\n来源:灵璧县融媒体中心\n{news}我县在交界路口设立卡点13个。", encoding="utf-8"
    )
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    assert read_predicted(graph)["a"].measures == {"checkpoint"}
    outside = graph.query(
        "PREFIX ek: <https://w3id.org/epikg/ontology#> PREFIX schema: <https://schema.org/> "
        "SELECT ?name WHERE { ?m ek:outsideArticleArea true ; ek:appliesTo/schema:name ?name }"
    )
    assert [str(row.name) for row in outside] == ["泗县"]


def test_a_neighbours_measure_is_outside_the_area_on_a_page_no_county_publishes(tmp_path: Path) -> None:
    """`周边赣县区...实行封控管理`: a neighbour named as itself took the measure, outside the area of a page about
    于都县, though no outlet names the county and both lie in 赣州市."""
    (tmp_path / "a.txt").write_text(
        "2022年4月12日\n于都县召开会议。周边赣县区此前已对个别小区实行封控管理,于都县在各路口设立卡点13个。",
        encoding="utf-8",
    )
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    assert read_predicted(graph)["a"].measures == {"checkpoint"}


def test_a_parent_named_by_another_of_its_divisions_names_is_the_same_parent() -> None:
    """`石柱县` (its level written on its short form) and `石柱土家族自治县` are one county: a town's parent either way."""
    gold = {"d": facts(places={"西沱镇": "township"}, parents={"西沱镇": "石柱县"})}
    predicted = {"d": facts(places={"西沱镇": "township"}, parents={"西沱镇": "石柱土家族自治县"})}
    assert evaluate(gold, predicted).parents_invented == 0
    other = {"d": facts(places={"西沱镇": "township"}, parents={"西沱镇": "忠县"})}
    assert evaluate(gold, other).parents_invented == 1


def test_a_derived_parent_is_right_where_the_gold_parent_lies_above_it_in_the_gazetteer(
    tmp_path: Path,
) -> None:
    """湄潭县: the graph derives 遵义市, and 贵州省 above that, though the page names neither; the gold's 贵州省
    (a level skipped) lies above the place in the graph."""
    (tmp_path / "a.txt").write_text("湄潭县设立卡点。湄潭县开展排查。", encoding="utf-8")
    graph = build([tmp_path], BuildOptions(use_model=False)).graph
    predicted = read_predicted(graph)["a"]
    assert predicted.derived_parents["湄潭县"] == "遵义市"
    gold = {"a": facts(places={"湄潭县": "county"}, parents={"湄潭县": "贵州省"})}
    result = evaluate(gold, {"a": predicted})
    assert (result.derived_correct, result.derived_scored) == (1, 1)
