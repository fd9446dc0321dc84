"""The exports. The OxCGRT-layout table and the CoronaNet-style events: two short articles of our own (tests/data/exports/), built rules-only, exported
through the commands and compared with expected CSV files cell for cell; then the rules of the table on
measures built by hand (carry window, liftings, flags, stated containment only), and its levels table.

The articles: 平江县 orders traffic control and checkpoints county-wide (3月8日), a lockdown in 城关镇 and
mass testing in 三市镇 (3月9日), a gathering ban in 新塘村 of 三市镇 (3月12日) and undated publicity and
screening (published 3月12日); ten days later it lifts the lockdown (3月18日), the checkpoints and traffic
control (3月19日), and 三市镇's firms go back to work (undated, published 3月20日).
Expected files are regenerated with `pytest --update-golden` (then read them before committing).
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from epikg.cli.export import export_group
from epikg.export import (
    EVENT_COLUMNS,
    INDICATORS,
    LevelsError,
    MeasureReading,
    PlaceRef,
    code_measure,
    level_rules,
    oxcgrt_table,
    parse_levels,
    read_measures,
)
from epikg.export.readings import CategoryCodes
from epikg.pipeline import BuildOptions, build
from epikg.rdf.vocabulary import measure_scheme

DATA = Path(__file__).resolve().parent / "data" / "exports"


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = build([DATA], BuildOptions(use_model=False))
    assert len(result.graph) and not result.skipped
    path = tmp_path_factory.mktemp("kg") / "kg.ttl"
    path.write_text(result.graph.serialize(format="turtle"), encoding="utf-8")
    return path


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def assert_same_cells(produced: Path, expected: Path, update: bool) -> None:
    """Cell for cell, naming the first cell that differs; --update-golden rewrites the expected file."""
    if update or not expected.exists():
        expected.write_bytes(produced.read_bytes())
    got, want = read_csv(produced), read_csv(expected)
    assert got[0] == want[0], "header differs"
    header = want[0]
    for number, (row, wanted) in enumerate(zip(got[1:], want[1:], strict=False), 2):
        for column, cell, wanted_cell in zip(header, row, wanted, strict=True):
            assert cell == wanted_cell, (
                f"{expected.name} line {number}, {column}: {cell!r}, expected {wanted_cell!r}"
            )
    assert len(got) == len(want), f"{len(got) - 1} rows, expected {len(want) - 1}"


def export(*args: str) -> None:
    result = CliRunner().invoke(export_group, list(args))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("options", "expected"),
    [((), "oxcgrt_county.csv"), (("--level", "township"), "oxcgrt_township.csv")],
    ids=["county", "township"],
)
def test_the_table_matches_the_expected_csv_cell_for_cell(
    kg: Path, tmp_path: Path, update_golden: bool, options: tuple[str, ...], expected: str
) -> None:
    out = tmp_path / "table.csv"
    export("oxcgrt", str(kg), "-o", str(out), *options)
    assert_same_cells(out, DATA / expected, update_golden)


def test_n_triples_give_the_same_table(kg: Path, tmp_path: Path) -> None:
    nt = tmp_path / "kg.nt"
    nt.write_text(Graph().parse(kg).serialize(format="nt"), encoding="utf-8")
    export("oxcgrt", str(nt), "-o", str(tmp_path / "from_nt.csv"))
    export("oxcgrt", str(kg), "-o", str(tmp_path / "from_ttl.csv"))
    assert read_csv(tmp_path / "from_nt.csv") == read_csv(tmp_path / "from_ttl.csv")


def test_a_shorter_carry_window_ends_undated_measures_sooner(kg: Path) -> None:
    readings = read_measures(graph=Graph().parse(kg))
    table = oxcgrt_table(readings, carry_days=3)
    h1 = table.columns.index("H1_Public information campaigns")
    days = [row[5] for row in table.rows if row[h1]]
    assert days == ["20220312", "20220313", "20220314"]  # publicity, undated: its article's day and two more


def test_a_bad_kg_or_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    for args in (["oxcgrt", str(bad)], ["events", str(tmp_path / "missing.ttl")]):
        result = CliRunner().invoke(export_group, args, standalone_mode=False)
        assert getattr(result.exception, "exit_code", None) == 2


# --- the rules, on measures built by hand ---------------------------------------------------------

COUNTY = PlaceRef("urn:x:county", "平江县", "county", "430626")
TOWN = PlaceRef("urn:x:town", "城关镇", "township", None)
OTHER_TOWN = PlaceRef("urn:x:town2", "三市镇", "township", None)


def reading(
    category: str = "area_lockdown",
    *,
    phase: str = "ordered",
    place: PlaceRef = TOWN,
    start: date | None = None,
    end: date | None = None,
    trigger: str = "封控",
    sentence: str = "",
    article: str = "a",
) -> MeasureReading:
    ancestors = () if place is COUNTY else (COUNTY,)
    return MeasureReading(
        iri=f"urn:m:{category}:{phase}:{place.name}:{start}:{end}", article=article, published=None,
        category=category, phase=phase, start=start, end=end, begin=0, trigger=trigger, sentence=sentence,
        quote=trigger, place=place, ancestors=ancestors, ordered_by=None, quantities=(), codes=CategoryCodes(),
    )  # fmt: skip


def c6(readings: list[MeasureReading], **options: object) -> dict[str, tuple[str, str]]:
    table = oxcgrt_table(readings, **options)  # type: ignore[arg-type]
    level, flag = table.columns.index("C6M_Stay at home requirements"), table.columns.index("C6M_Flag")
    return {row[5]: (row[level], row[flag]) for row in table.rows if row[level]}


def test_a_stated_interval_holds_to_its_last_day() -> None:
    days = c6([reading(start=date(2022, 3, 1), end=date(2022, 3, 3))])
    assert days == {"20220301": ("3", "0"), "20220302": ("3", "0"), "20220303": ("3", "0")}


def test_a_county_lifting_ends_a_township_measure_and_codes_0() -> None:
    days = c6([
        reading(start=date(2022, 3, 1)),
        reading(trigger="解封", phase="lifted", place=COUNTY, end=date(2022, 3, 3)),
    ])  # fmt: skip
    assert days == {"20220301": ("3", "0"), "20220302": ("3", "0"), "20220303": ("0", "")}


def test_a_township_lifting_leaves_the_county_wide_measure_in_force() -> None:
    days = c6([
        reading(place=COUNTY, start=date(2022, 3, 1), trigger="管控区"),
        reading(start=date(2022, 3, 1)),
        reading(trigger="解封", phase="lifted", end=date(2022, 3, 2)),
    ], carry_days=3)  # fmt: skip
    # the town's level 3 ends on the 2nd; the county's own level 2 goes on, now general
    assert days == {"20220301": ("3", "0"), "20220302": ("2", "1"), "20220303": ("2", "1")}


def test_a_lifting_elsewhere_or_of_another_category_ends_nothing() -> None:
    days = c6([
        reading(start=date(2022, 3, 1)),
        reading(trigger="解封", phase="lifted", place=OTHER_TOWN, end=date(2022, 3, 2)),
        reading("traffic_control", trigger="恢复通行", phase="lifted", end=date(2022, 3, 2)),
    ], carry_days=2)  # fmt: skip
    assert days == {"20220301": ("3", "0"), "20220302": ("3", "0")}


def test_a_sentence_that_names_a_zone_and_lifts_it_ends_it_at_once() -> None:
    days = c6([
        reading(trigger="管控区", start=date(2022, 4, 4), sentence="s1"),
        reading(trigger="解封", phase="lifted", end=date(2022, 4, 4), sentence="s1"),
    ])  # fmt: skip
    assert days == {"20220404": ("0", "")}


def test_an_indicator_without_a_geographic_flag_takes_only_what_applies_to_the_whole_place() -> None:
    """The codebook reports H2 (and C8) "that applies everywhere across the jurisdiction"; no flag could say targeted."""
    testing = reading("mass_testing", trigger="全员核酸", start=date(2022, 3, 1), end=date(2022, 3, 2))
    assert code_measure(testing, level_rules()) == {"H2": 3}
    assert oxcgrt_table([testing]).rows == []  # a town's testing is not the county's
    township = oxcgrt_table([testing], level="township")
    h2 = township.columns.index("H2_Testing policy")
    assert [(row[2], row[5], row[h2]) for row in township.rows] == [
        ("城关镇", "20220301", "3"), ("城关镇", "20220302", "3"),
    ]  # fmt: skip


def test_measures_roll_up_only_through_stated_containment(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    kg.write_text(DERIVED_ONLY, encoding="utf-8")
    readings = read_measures(graph=Graph().parse(kg))
    assert [r.ancestors for r in readings] == [()]
    table = oxcgrt_table(readings)
    assert table.rows == [] and table.left_out == {"no county stated for its place": 1}


def test_a_city_wide_measure_counts_for_each_county_stated_in_the_city(
    tmp_path: Path, update_golden: bool
) -> None:
    """citywide.ttl: 温州市 measures reach 苍南县 and 平阳县 (stated in it) as general, never 文成县 (derived only);
    a town's stricter measure shows targeted; the city's lifting ends both; province and county-less city left out.
    """
    out = tmp_path / "citywide.csv"
    export("oxcgrt", str(DATA / "citywide.ttl"), "--carry-days", "3", "-o", str(out))
    assert_same_cells(out, DATA / "oxcgrt_citywide.csv", update_golden)
    readings = read_measures(graph=Graph().parse(DATA / "citywide.ttl"))
    assert {r.place.name: [c.name for c in r.covers] for r in readings if r.place} == {
        "温州市": ["平阳县", "苍南县"], "金乡镇": [], "浙江省": [], "丽水市": [],
    }  # fmt: skip
    assert oxcgrt_table(readings).left_out == {
        "applies above the county level": 1,
        "applies to a whole city, and no county is stated to lie in it": 1,
    }
    assert oxcgrt_table(readings, level="township").left_out["applies above the township level"] == 5


DERIVED_ONLY = """
@prefix ek: <https://w3id.org/epikg/ontology#> . @prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:article> schema:identifier "a" .
<urn:m> a ek:Measure ; ek:category ek:measure_checkpoint ; ek:inArticle <urn:article> ; ek:trigger "卡点" ;
    ek:phase ek:ordered ; schema:startDate "2022-03-01"^^xsd:date ; ek:appliesTo <urn:town> .
ek:measure_checkpoint skos:notation "checkpoint" .
<urn:town> schema:name "城关镇" ; ek:adminLevel ek:township ; ek:derivedContainedInPlace <urn:county> .
<urn:county> schema:name "平江县" ; ek:adminLevel ek:county ; ek:divisionCode "430626" .
"""


# --- the levels table -----------------------------------------------------------------------------


def test_the_levels_table_covers_exactly_the_schemes_indicators() -> None:
    scheme = {
        (str(row[0]), str(row[1]))
        for row in measure_scheme().query(
            "PREFIX ek: <https://w3id.org/epikg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "SELECT ?n ?i WHERE { ?c skos:notation ?n ; ek:oxcgrtIndicator ?i }"
        )
    }
    assert {(rule.category, rule.indicator) for rule in level_rules()} == scheme
    assert {i.code for i in INDICATORS} >= {indicator for _, indicator in scheme}


@pytest.mark.parametrize(
    ("category", "trigger", "quote", "expected"),
    [
        ("checkpoint", "卡点", "设立卡点。", {"C7": 1}),  # checks at entries: non-intrusive
        ("checkpoint", "卡点", "设立卡点,劝返外来人员。", {"C7": 2}),
        ("traffic_control", "交通管制", "实行交通管制,公交停运。", {"C5": 2, "C7": 2}),
        ("traffic_control", "停运", "城乡客运停运。", {"C5": 2}),
        ("area_lockdown", "足不出户", "居民足不出户。", {"C6": 3}),
        ("area_lockdown", "闭环管理", "实行闭环管理。", {"C6": 2}),
        ("gathering_restriction", "取消春节聚餐", "取消春节聚餐。", {"C3": 2, "C4": 4}),  # C4=4 implies C3=2
        ("gathering_restriction", "红白喜事", "红白喜事一律暂停。", {"C4": 3}),
        ("gathering_restriction", "大型活动", "暂停大型活动。", {"C3": 2}),
        ("mass_testing", "核酸", "开展全员核酸检测。", {"H2": 3}),
        ("mass_testing", "核酸", "对返乡人员进行核酸检测。", {"H2": 1}),
        ("personal_protection", "测温", "测温、戴口罩。", {"H6": 1}),  # named, not required
        ("personal_protection", "口罩", "督促所有人员戴口罩。", {"H6": 2}),
        ("screening", "排查", "排查返乡人员。", {}),  # not contact tracing after a diagnosis
        ("personal_protection", "测温", "进门测温。", {}),
        ("supervision", "督查", "开展督查。", {}),
    ],
)
def test_a_measure_is_coded_by_the_first_matching_row(
    category: str, trigger: str, quote: str, expected: dict[str, int]
) -> None:
    measure = replace(reading(category, trigger=trigger), quote=quote)
    assert code_measure(measure, level_rules()) == expected


def test_a_lifting_codes_0_on_what_its_category_reaches() -> None:
    assert code_measure(reading("checkpoint", trigger="卡点", phase="lifted"), level_rules()) == {"C7": 0}


@pytest.mark.parametrize(
    "row",
    ["checkpoint\tC9\t2", "checkpoint\tC7\thigh", "checkpoint\tC7\t2\t(卡点"],
    ids=["indicator", "level", "regex"],
)
def test_a_bad_levels_row_is_reported_with_its_number(row: str) -> None:
    with pytest.raises(LevelsError, match="row 1"):
        parse_levels([row])


# --- the events --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def events(kg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "events.csv"
    result = CliRunner().invoke(export_group, ["events", str(kg), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_events_match_the_expected_csv_cell_for_cell(events: Path, update_golden: bool) -> None:
    assert_same_cells(events, DATA / "events.csv", update_golden)


def test_every_event_carries_its_evidence_and_codes(events: Path) -> None:
    header, *rows = read_csv(events)
    assert tuple(header) == EVENT_COLUMNS
    column = {name: header.index(name) for name in header}
    for row in rows:
        assert row[column["article"]] in ("pingjiang_orders", "pingjiang_lifts")
        assert row[column["trigger"]] in row[column["quote"]]
        assert row[column["date"]], "every measure of the fixture is dated, by its sentence or its article"
    lifted = {
        (row[column["category"]], row[column["place"]]) for row in rows if row[column["phase"]] == "lifted"
    }
    assert lifted == {
        ("area_lockdown", "城关镇"), ("checkpoint", "平江县"), ("traffic_control", "平江县"), ("venue_closure", "三市镇"),
    }  # fmt: skip
    testing = next(row for row in rows if row[column["category"]] == "mass_testing")
    assert (testing[column["oxcgrt"]], testing[column["who_phsm"]], testing[column["county"]]) == (
        "H2",
        "3.1.2",
        "平江县",
    )


def test_export_is_on_the_epikg_command_and_in_the_readme() -> None:
    from epikg.cli import cli

    result = CliRunner().invoke(cli, ["export", "--help"])
    assert result.exit_code == 0 and "oxcgrt" in result.output and "events" in result.output
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "epikg export oxcgrt kg.ttl" in readme and "epikg export events kg.ttl" in readme
